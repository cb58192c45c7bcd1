#!/usr/bin/env python3
"""Parity of `trapline-cli detect` with MegaDetector's own batch runner on the same MDv5a-architecture checkpoint.

Both sides run the checkpoint that make_mdv5a_random.py makes (random weights from a fixed seed, YOLOv5x6 at 1280):
MegaDetector's run_detector_batch loads it as it loads MDv5a; Trapline runs its TorchScript export
(tools/export_model.py --yolov5). Over real camera-trap images, every box above 0.1 on either side must have a
partner on the other side of the same category with IoU >= 0.9 and a confidence within 0.01, for at least 99 % of
the boxes both ways. Trapline's file must also pass MegaDetector's own validator (validate_batch_results) without
an error or a warning.

YOLOv5x6 at 1280 takes about 10 s an image on each side on 2 cores, so the test runs on a sample of 6 images of
every shape (--count N spreads N over the sorted names instead; 0 takes all). Exit status 0 passed, 1 failed, 77 skipped (no reference environment).
Run it with the reference environment's python (scripts/install-reference-python.sh).

--reference DIR compares with detections made earlier instead (tst_megadetector_onnx_parity, Debian 13 lane):
md_onnx_reference.py made DIR on Debian 12 with the ONNX export of the same checkpoint and MegaDetector's results
on the default sample; Trapline runs that ONNX file through ONNX Runtime here, with the same criteria. MegaDetector's
validator runs where its code is importable (it is not installed in the Debian 13 root).
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
MD_IMAGES = "megadetector-test-images/test_images/test_images"
CALIBRATION = [f"{MD_IMAGES}/{name}" for name in (
    "snapshot_serengeti_S5_U10_U10_R4_S5_U10_R4_IMAG3595.JPG", "idaho_camera_traps_loc_0044_loc_0044_im_005629.jpg",
    "wcs_camera_traps_animals_0090_1439.jpg", "nacti_part3_sub308_CA-11_0001325.jpg")]
THRESHOLD = 0.05  # both sides keep boxes down to this, well below the 0.1 compared, so none is lost at the edge
# Random weights put some boxes almost wholly outside the image; clipped, they are slivers a pixel or two thick.
# On those, IoU measures MegaDetector's rounding to whole pixels and to 4 decimals, not the detector: a 1-pixel
# sliver off by one pixel has IoU 0.5. Boxes thinner than this many pixels of the model input (either side) are
# counted and left out; trained detectors do not emit them.
SLIVER_PX = 4


def run(cmd, **kw):
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    start = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    return time.monotonic() - start


def ensure_model(data, cache):
    """The checkpoint and its export, cached under a name that changes with the scripts that make them."""
    digest = hashlib.sha256()
    for path in (os.path.join(HERE, "make_mdv5a_random.py"), os.path.join(SOURCE, "tools", "export_model.py")):
        with open(path, "rb") as f:
            digest.update(f.read())
    folder = os.path.join(cache, "mdv5a-random-" + digest.hexdigest()[:12])
    checkpoint = os.path.join(folder, "mdv5a_random.pt")
    manifest = os.path.join(folder, "mdv5a-random.json")
    if os.path.isfile(manifest):
        return checkpoint, manifest
    os.makedirs(folder, exist_ok=True)
    run([sys.executable, os.path.join(HERE, "make_mdv5a_random.py"), "--out", checkpoint, "--calibration-images",
         *[os.path.join(data, c) for c in CALIBRATION]])
    run([sys.executable, os.path.join(SOURCE, "tools", "export_model.py"), "--yolov5", checkpoint, "--name",
         "mdv5a-random", "--version", "seed0", "--confidence", str(THRESHOLD), "--out", folder])
    return checkpoint, manifest


# The default sample: one of each shape and size class among the 31 images, so that every preprocessing path is
# crossed: 16:9 (1280x720, padded to 768), 4:3, 2592x2000, 1280x1024 (no resize at all) and 5152x3968 (which
# Trapline decodes at half size).
DEFAULT_SAMPLE = ["wcs_camera_traps_animals_0090_1439.jpg", "ena24_7904.jpg",
                  "snapshot_kgalagadi_KGA_S1_B09_B09_R1_KGA_S1_B09_R1_IMAG0634.JPG",
                  "wcs_camera_traps_animals_0245_1477.jpg", "snapshot_kruger_KRU_S1_3_3_R1_KRU_S1_3_R1_IMAG0713.JPG",
                  "caltech_camera_traps_58a022a4-23d2-11e8-a6a3-ec086b02610b.jpg"]


def subsample(folder, count):
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))
    if count < 0:
        return [n for n in DEFAULT_SAMPLE if n in names] or names[:6]
    if count == 0 or count >= len(names):
        return names
    return [names[(i * len(names)) // count] for i in range(count)]


def boxes(results):
    """file name -> [(category, conf, x, y, w, h)]"""
    out = {}
    for image in results["images"]:
        out[os.path.basename(image["file"])] = [(d["category"], d["conf"], *d["bbox"])
                                                for d in image.get("detections") or []]
    return out


def input_sizes(folder, names, size=1280):
    """file name -> (width, height) of the image scaled to the model input's long side, upright."""
    from PIL import Image, ImageOps
    out = {}
    for name in names:
        with Image.open(os.path.join(folder, name)) as im:
            w, h = ImageOps.exif_transpose(im).size
        out[name] = (size * w / max(w, h), size * h / max(w, h))
    return out


def sliver(box, size):
    return min(box[4] * size[0], box[5] * size[1]) < SLIVER_PX


def iou(a, b):
    ax2, ay2, bx2, by2 = a[2] + a[4], a[3] + a[5], b[2] + b[4], b[3] + b[5]
    iw = max(0.0, min(ax2, bx2) - max(a[2], b[2]))
    ih = max(0.0, min(ay2, by2) - max(a[3], b[3]))
    union = a[4] * a[5] + b[4] * b[5] - iw * ih
    return iw * ih / union if union > 0 else float(a[2:] == b[2:])


def unmatched(side, other, min_iou, conf_tolerance, floor, sizes):
    """Boxes of `side` above `floor` with no partner in `other`: (file, box, best IoU with a partner's category)."""
    missing, total, slivers = [], 0, 0
    for name, mine in side.items():
        theirs = other.get(name, [])
        for box in mine:
            if box[1] < floor:
                continue
            if sliver(box, sizes[name]):
                slivers += 1
                continue
            total += 1
            same = [t for t in theirs if t[0] == box[0]]
            if not any(iou(box, t) >= min_iou and abs(box[1] - t[1]) <= conf_tolerance for t in same):
                best = max(same, key=lambda t: iou(box, t), default=None)
                missing.append((name, box, best, iou(box, best) if best else 0.0))
    return missing, total, slivers


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True, help="trapline-cli")
    p.add_argument("--data", default=os.path.join(SOURCE, "..", "shared", "data"), help="../shared/data")
    p.add_argument("--cache", help="a folder for the generated model (kept between runs; not with --reference)")
    p.add_argument("--folder", default=MD_IMAGES, help="images, relative to --data")
    p.add_argument("--count", type=int, default=-1, help="images compared, spread over the sorted names (0: all; "
                   "default: a fixed sample of 6 of every shape)")
    p.add_argument("--keep", help="keep both results files in this folder")
    p.add_argument("--reference", help="a folder md_onnx_reference.py made: compare its ONNX export, run by "
                   "Trapline, with its MegaDetector results")
    a = p.parse_args()

    images = os.path.join(a.data, a.folder)
    if not os.path.isdir(images):
        print(f"SKIP: {images} is absent (../shared/data)")
        return 77
    try:
        from megadetector.postprocessing.validate_batch_results import validate_batch_results
    except ImportError as e:
        if not a.reference:
            print(f"SKIP: MegaDetector's code is not importable ({e}); run scripts/install-reference-python.sh")
            return 77
        validate_batch_results = None

    if a.reference:
        manifest = os.path.join(a.reference, "mdv5a-random-onnx.json")
        reference = os.path.join(a.reference, "megadetector.json")
        with open(reference) as f:
            names = sorted(boxes(json.load(f)))
        if len(names) < 6:
            print(f"FAIL: {reference} has results for {len(names)} images, 6 expected")
            return 1
    else:
        if not a.cache:
            p.error("--cache is needed without --reference")
        checkpoint, manifest = ensure_model(a.data, a.cache)
        names = subsample(images, a.count)
    work = tempfile.mkdtemp(prefix="md-parity-")
    try:
        folder = os.path.join(work, "images")
        os.makedirs(folder)
        for name in names:
            shutil.copy(os.path.join(images, name), folder)
        ours, theirs = os.path.join(work, "trapline.json"), os.path.join(work, "megadetector.json")
        t_trapline = run([a.cli, "detect", folder, "--model", manifest, "--out", ours])
        if a.reference:
            shutil.copy(reference, theirs)
        else:
            t_md = run([sys.executable, "-m", "megadetector.detection.run_detector_batch", checkpoint, folder, theirs,
                        "--threshold", str(THRESHOLD), "--output_relative_filenames", "--quiet"],
                       stdout=subprocess.DEVNULL)
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
            shutil.copy(ours, a.keep)
            shutil.copy(theirs, a.keep)

        failed = False
        if validate_batch_results is None:
            print("MegaDetector's validator is not installed here; the Debian 12 suite (tst_megadetector_parity) runs it")
        else:
            validation = validate_batch_results(ours)["validation_results"]
            for kind in ("errors", "warnings"):
                for message in validation[kind]:
                    print(f"FAIL: MegaDetector's validator, {kind[:-1]}: {message}")
                    failed = True
            if not validation["errors"] and not validation["warnings"]:
                print("MegaDetector's validate_batch_results: Trapline's file is valid, no warnings")

        with open(ours) as f:
            ours_boxes = boxes(json.load(f))
        with open(theirs) as f:
            theirs_boxes = boxes(json.load(f))
        print(f"{len(names)} images; Trapline {t_trapline:.1f} s, " + (f"MegaDetector's results from {reference}"
              if a.reference else f"MegaDetector {t_md:.1f} s") + " (each with model load)")
        sizes = input_sizes(folder, names)
        for label, side, other in (("Trapline", ours_boxes, theirs_boxes), ("MegaDetector", theirs_boxes, ours_boxes)):
            missing, total, slivers = unmatched(side, other, 0.9, 0.01, 0.1, sizes)
            share = 1.0 if total == 0 else 1 - len(missing) / total
            print(f"{label}: {total - len(missing)} of {total} boxes above 0.1 matched ({100 * share:.1f} %); "
                  f"{slivers} slivers under {SLIVER_PX} px left out")
            for name, box, best, best_iou in missing[:20]:
                print(f"  unmatched {name} {box}; closest of its category: {best} IoU {best_iou:.3f}")
            if total == 0 or share < 0.99:
                failed = True
                print(f"FAIL: {label}'s boxes: {100 * share:.1f} % matched, 99 % needed" if total else
                      f"FAIL: {label} has no box above 0.1 to compare")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Parity of `trapline-cli detect` with Ultralytics' own predictor on the same checkpoints: YOLOv8, YOLOv9, YOLOv10
and RT-DETR, the families of MegaDetector v6 and v1000 cedar/larch/sorrel.

For each family, make_ultralytics_random.py builds the smallest architecture from the ultralytics package's own yaml
with random weights from a fixed seed (calibrated so that real images give a handful of boxes) and saves it as
Ultralytics saves checkpoints; tools/export_model.py --ultralytics converts it to TorchScript (the raw head, no
torchvision::nms); `trapline-cli model-check` loads it in LibTorch, and `trapline-cli models convert` does the
same through the catalogue entry of the family (MegaDetector v6's); `trapline-cli detect` runs it over real
camera-trap images. Ultralytics' YOLO()/RTDETR() predict the same images from the same checkpoint. Every box above
0.1 on either side must have a partner of the same class with IoU >= 0.9 and a confidence within 0.01, for at least
99 % of the boxes both ways, and each side must have boxes to compare. Both sides keep boxes down to 0.05, so none
is lost at the edge of the compared range; NMS IoU is Ultralytics' default 0.7 on both sides.

Exit status 0 passed, 1 failed, 77 skipped (no reference environment or no shared data). Run it with the reference
environment's python (scripts/install-reference-python.sh). The models are cached in --cache between runs.
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

os.environ.setdefault("YOLO_OFFLINE", "true")
os.environ.setdefault("YOLO_AUTOINSTALL", "false")
os.environ.setdefault("YOLO_VERBOSE", "false")

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, HERE)
import md_parity  # noqa: E402  (box matching, the image sample)

ARCHS = {"yolov8n": "ultralytics", "yolov9t": "ultralytics", "yolov10n": "yolov10", "rtdetr-l": "rt-detr"}
# The catalogue entry whose recipe converts each family through `trapline-cli models convert`.
CATALOGUE = {"yolov9t": "mdv6-yolov9-c", "yolov10n": "mdv6-yolov10-c", "rtdetr-l": "mdv6-rtdetr-c"}
THRESHOLD = 0.05
FLOOR = 0.1
SIZE = 640


def run(cmd, **kw):
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    start = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    return time.monotonic() - start


def ensure_model(arch, data, cache):
    """The checkpoint and its export, cached under a name that changes with the scripts that make them."""
    digest = hashlib.sha256(arch.encode())
    for path in (os.path.join(HERE, "make_ultralytics_random.py"), os.path.join(SOURCE, "tools", "export_model.py")):
        with open(path, "rb") as f:
            digest.update(f.read())
    folder = os.path.join(cache, f"{arch}-random-" + digest.hexdigest()[:12])
    checkpoint, manifest = os.path.join(folder, f"{arch}.pt"), os.path.join(folder, "export", f"{arch}-random.json")
    if os.path.isfile(manifest):
        return checkpoint, manifest
    os.makedirs(folder, exist_ok=True)
    run([sys.executable, os.path.join(HERE, "make_ultralytics_random.py"), "--arch", arch, "--out", checkpoint,
         "--calibration-images", *[os.path.join(data, c) for c in md_parity.CALIBRATION]])
    run([sys.executable, os.path.join(SOURCE, "tools", "export_model.py"), "--ultralytics", checkpoint, "--name",
         f"{arch}-random", "--version", "seed0", "--confidence", str(THRESHOLD), "--out",
         os.path.join(folder, "export")])
    return checkpoint, manifest


def convert_by_catalogue(cli, entry, checkpoint, decoder, work):
    """`trapline-cli models convert ENTRY CHECKPOINT` into a scratch models folder: the catalogue's recipe, run by
    Trapline through this Python, then loaded and checked by Trapline. True when it reports the expected decoder."""
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "xdg-" + entry))
    print(f"$ {cli} models convert {entry} {checkpoint} --python {sys.executable}", file=sys.stderr, flush=True)
    done = subprocess.run([cli, "models", "convert", entry, checkpoint, "--python", sys.executable], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    checked = [line for line in done.stdout.splitlines() if line.startswith("Checked:")]
    if done.returncode != 0 or not checked or f"({decoder} decoder)" not in checked[0]:
        print(done.stdout[-3000:])
        print(f"FAIL: models convert {entry}: exit {done.returncode}, expected a checked model with the {decoder} "
              "decoder")
        return False
    print(f"models convert {entry}: {checked[0]}")
    return True


def torchscript_code(path):
    """The TorchScript source in an exported archive (its operators by name)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(n) for n in z.namelist() if "/code/" in n and n.endswith(".py"))


def trapline_boxes(results):
    """file name -> [(class name, conf, x, y, w, h)]"""
    names = results["detection_categories"]
    return {name: [(names[b[0]], *b[1:]) for b in boxes] for name, boxes in md_parity.boxes(results).items()}


def ultralytics_boxes(arch, checkpoint, folder, names):
    from ultralytics import RTDETR, YOLO
    model = RTDETR(checkpoint) if arch.startswith("rtdetr") else YOLO(checkpoint)
    out = {}
    for name in names:
        result = model.predict(os.path.join(folder, name), conf=THRESHOLD, iou=0.7, imgsz=SIZE, device="cpu",
                               max_det=300, verbose=False)[0]
        boxes = []
        for corners, conf, cls in zip(result.boxes.xyxyn.tolist(), result.boxes.conf.tolist(),
                                      result.boxes.cls.tolist()):
            # RT-DETR's predictor leaves boxes overhanging the image; Trapline clips them (MegaDetector JSON needs
            # them inside, as YOLO's predictor clips its own), so the reference is clipped the same way.
            x1, y1, x2, y2 = (min(max(v, 0.0), 1.0) for v in corners)
            if x2 > x1 and y2 > y1:
                boxes.append((result.names[int(cls)], conf, x1, y1, x2 - x1, y2 - y1))
        out[name] = boxes
    return out


def compare(arch, ours, theirs, sizes):
    failed = False
    for label, side, other in (("Trapline", ours, theirs), ("Ultralytics", theirs, ours)):
        missing, total, slivers = md_parity.unmatched(side, other, 0.9, 0.01, FLOOR, sizes)
        share = 1.0 if total == 0 else 1 - len(missing) / total
        print(f"{arch}: {label}: {total - len(missing)} of {total} boxes above {FLOOR} matched ({100 * share:.1f} %); "
              f"{slivers} slivers under {md_parity.SLIVER_PX} px left out")
        for name, box, best, best_iou in missing[:10]:
            print(f"  unmatched {name} {box}; closest of its class: {best} IoU {best_iou:.3f}")
        if total == 0 or share < 0.99:
            failed = True
            print(f"FAIL: {arch}: {label}'s boxes: {100 * share:.1f} % matched, 99 % needed" if total else
                  f"FAIL: {arch}: {label} has no box above {FLOOR} to compare")
    return failed


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True, help="trapline-cli")
    p.add_argument("--data", default=os.path.join(SOURCE, "..", "shared", "data"), help="../shared/data")
    p.add_argument("--cache", required=True, help="a folder for the generated models (kept between runs)")
    p.add_argument("--arch", nargs="+", default=list(ARCHS), choices=list(ARCHS))
    a = p.parse_args()

    images = os.path.join(a.data, md_parity.MD_IMAGES)
    if not os.path.isdir(images):
        print(f"SKIP: {images} is absent (../shared/data)")
        return 77
    try:
        import timm  # noqa: F401  (the same environment; checked here so a half-made one skips with its reason)
        import ultralytics  # noqa: F401
    except ImportError as e:
        print(f"SKIP: the ultralytics package is not importable ({e}); run scripts/install-reference-python.sh")
        return 77
    names = md_parity.subsample(images, -1)
    work = tempfile.mkdtemp(prefix="ultralytics-parity-")
    failed = False
    try:
        folder = os.path.join(work, "images")
        os.makedirs(folder)
        for name in names:
            shutil.copy(os.path.join(images, name), folder)
        sizes = md_parity.input_sizes(folder, names, SIZE)
        for arch in a.arch:
            checkpoint, manifest = ensure_model(arch, a.data, a.cache)
            with open(manifest) as f:
                decoder = json.load(f)["output"]["decoder"]
            if decoder != ARCHS[arch]:
                print(f"FAIL: {arch}: exported with the {decoder} decoder, {ARCHS[arch]} expected")
                failed = True
                continue
            if b"torchvision" in torchscript_code(manifest[:-len(".json")] + ".pt"):
                print(f"FAIL: {arch}: the export calls torchvision operators (NMS belongs to Trapline)")
                failed = True
            run([a.cli, "model-check", manifest, "--device", "cpu"])
            if arch in CATALOGUE:
                failed |= not convert_by_catalogue(a.cli, CATALOGUE[arch], checkpoint, decoder, work)
            ours_path = os.path.join(work, f"{arch}.json")
            t_trapline = run([a.cli, "detect", folder, "--model", manifest, "--device", "cpu", "--out", ours_path])
            with open(ours_path) as f:
                ours = trapline_boxes(json.load(f))
            start = time.monotonic()
            theirs = ultralytics_boxes(arch, checkpoint, folder, names)
            print(f"{arch} ({decoder}): {len(names)} images; Trapline {t_trapline:.1f} s (with model load), "
                  f"Ultralytics {time.monotonic() - start:.1f} s")
            failed |= compare(arch, ours, theirs, sizes)
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The reference side of tst_megadetector_onnx_parity: an ONNX export of the MDv5a-architecture checkpoint and
MegaDetector's own detections with that checkpoint.

MegaDetector's code needs torch 1.13 and its pinned yolov5 code (scripts/install-reference-python.sh, Debian 12);
ONNX Runtime is packaged only for Debian 13. So this runs on the Debian 12 host, with the reference environment's
python, and writes a folder that the Debian 13 lane (scripts/debian13/lane.sh) mounts; there md_parity.py
--reference runs Trapline on ONNX Runtime over the same images and compares.

The folder holds:
  mdv5a-random.onnx       the checkpoint of make_mdv5a_random.py (random weights, fixed seed), exported by
                          torch.onnx with a dynamic batch, height and width (YOLOv5's Detect makes its grids from the
                          input size, as MegaDetector's stride-padded letterbox needs)
  mdv5a-random-onnx.json  the manifest tools/export_model.py --yolov5 writes for the TorchScript export, with
                          "backend": "onnxruntime" and the ONNX file
  megadetector.json       run_detector_batch's results on md_parity.py's default sample (6 images of every shape)
It is kept under a name that changes with the scripts that make it. Prints the folder on the last line.
"""
import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import md_parity  # noqa: E402


def export_onnx(checkpoint, path):
    import torch
    import yolov5  # noqa: F401  (the checkpoint pickles the yolov5 package's classes)
    # As MegaDetector's PTDetector loads it.
    model = torch.load(checkpoint, map_location="cpu")["model"].float().fuse().eval()
    for m in model.modules():
        if type(m).__name__ == "Detect":
            m.inplace, m.export, m.dynamic = True, True, True
    x = torch.zeros(1, 3, 1280, 1280)
    with torch.no_grad():
        model(x)
        torch.onnx.export(model, x, path, opset_version=12, input_names=["images"], output_names=["output"],
                          dynamic_axes={"images": {0: "batch", 2: "height", 3: "width"},
                                        "output": {0: "batch", 1: "anchors"}})


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=os.path.join(md_parity.SOURCE, "..", "shared", "data"), help="../shared/data")
    p.add_argument("--cache", required=True, help="the folder md_parity.py keeps its generated model in")
    a = p.parse_args()

    images = os.path.join(a.data, md_parity.MD_IMAGES)
    if not os.path.isdir(images):
        print(f"SKIP: {images} is absent (../shared/data)", file=sys.stderr)
        return 77
    try:
        import megadetector.detection.run_detector_batch  # noqa: F401
    except ImportError as e:
        print(f"SKIP: MegaDetector's code is not importable ({e}); run scripts/install-reference-python.sh",
              file=sys.stderr)
        return 77

    checkpoint, manifest_path = md_parity.ensure_model(a.data, a.cache)
    digest = hashlib.sha256()
    for path in ("md_onnx_reference.py", "md_parity.py", "make_mdv5a_random.py",
                 os.path.join(md_parity.SOURCE, "tools", "export_model.py")):
        with open(os.path.join(HERE, path), "rb") as f:
            digest.update(f.read())
    out = os.path.join(os.path.dirname(os.path.dirname(manifest_path)), "mdv5a-onnx-" + digest.hexdigest()[:12])
    if os.path.isfile(os.path.join(out, "megadetector.json")):
        print(out)
        return 0
    os.makedirs(out, exist_ok=True)
    export_onnx(checkpoint, os.path.join(out, "mdv5a-random.onnx"))
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    manifest.update(name="mdv5a-random-onnx", backend="onnxruntime", weights="mdv5a-random.onnx")
    with open(os.path.join(out, "mdv5a-random-onnx.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")

    work = tempfile.mkdtemp(prefix="md-onnx-reference-")
    try:
        folder = os.path.join(work, "images")
        os.makedirs(folder)
        for name in md_parity.subsample(images, -1):
            shutil.copy(os.path.join(images, name), folder)
        results = os.path.join(work, "megadetector.json")
        md_parity.run([sys.executable, "-m", "megadetector.detection.run_detector_batch", checkpoint, folder, results,
                       "--threshold", str(md_parity.THRESHOLD), "--output_relative_filenames", "--quiet"],
                      stdout=sys.stderr)
        shutil.copy(results, os.path.join(out, "megadetector.json"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

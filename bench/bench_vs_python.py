#!/usr/bin/env python3
"""bench_vs_python: Trapline against the Python pipelines users run today, same model files, same real images.

In one run, on this machine:
  (a) classifier: `trapline-cli infer` with a TorchScript ResNet-50 (made by tools/export_model.py) against the usual
      PyTorch loop over the same .pt: a DataLoader with 2 workers, PIL decode + resize, batch 8;
  (b) detector: `trapline-cli infer` with an MDv5a-architecture detector (YOLOv5x6 at 1280, random weights from a
      fixed seed; tests/inference/reference/make_mdv5a_random.py) against MegaDetector's own run_detector_batch on
      the same checkpoint;
  (c) Trapline's pipeline against a bare forward of pre-decoded tensors (bench_inference, same ResNet-50);
  (d) Trapline's backends on the same ResNet-50: LibTorch on the TorchScript file, and OpenCV DNN and ONNX Runtime
      on its ONNX export (torch.onnx.export of that TorchScript module, dynamic batch); ONNX Runtime only where
      Trapline was built with it (Debian 13). --backends-only runs (d) alone, with Debian's python3-torch.
It prints images/s and the ratios; it asserts nothing. Model loading is excluded on both sides of (a) and (c) (Trapline's own figure, from its first batch on);
in (b) both sides are timed as whole runs (each loads its model once), because run_detector_batch is one call.

Run it with the reference environment's python (scripts/install-reference-python.sh), from the build folder or
with --build:
  .venv-ref/bin/python bench/bench_vs_python.py --build build [--images 40] [--detector-images 6]
The generated models are cached in BUILD/reference-models.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SOURCE, "tests", "inference", "reference"))
IMAGE_FOLDERS = ["megadetector-test-images/test_images/test_images",
                 "megadetector-test-images/api/synchronous/sample_input/test_images",
                 "camtrapdp-mica-example"]


def real_images(data, count):
    found = []
    for folder in IMAGE_FOLDERS:
        for root, _, files in sorted(os.walk(os.path.join(data, folder))):
            found += [os.path.join(root, f) for f in sorted(files) if f.lower().endswith((".jpg", ".jpeg"))]
    if len(found) < count:
        print(f"note: only {len(found)} images found; using them all", file=sys.stderr)
    return found[:count]


def timed(cmd, **kw):
    start = time.monotonic()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)
    return time.monotonic() - start, out.stdout + out.stderr


def make_classifier(cache):
    folder = os.path.join(cache, "resnet50-random")
    manifest = os.path.join(folder, "resnet50.json")
    if not os.path.isfile(manifest):
        import torch
        import torchvision
        os.makedirs(folder, exist_ok=True)
        torch.manual_seed(0)  # random weights: speed does not depend on them
        checkpoint = os.path.join(folder, "resnet50-seed0.pth")
        torch.save(torchvision.models.resnet50(num_classes=5).state_dict(), checkpoint)
        subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "export_model.py"), "--torchvision",
                        "resnet50", "--checkpoint", checkpoint, "--classes", "deer,boar,fox,badger,empty", "--name",
                        "resnet50", "--out", folder], check=True)
    return manifest, os.path.join(folder, "resnet50.pt")


def python_classifier(weights, images, batch=8, workers=2):
    """The usual PyTorch loop: Dataset with PIL decode and resize, DataLoader with workers, forward per batch."""
    import torch
    from PIL import Image
    from torchvision import transforms

    tf = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor(),
                             transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])

    class Frames(torch.utils.data.Dataset):
        def __len__(self):
            return len(images)

        def __getitem__(self, i):
            return tf(Image.open(images[i]).convert("RGB"))

    model = torch.jit.load(weights, map_location="cpu").eval()
    loader = torch.utils.data.DataLoader(Frames(), batch_size=batch, num_workers=workers)
    start = time.monotonic()
    with torch.inference_mode():
        for x in loader:
            model(x).softmax(1)
    return len(images) / (time.monotonic() - start)


def make_onnx_variants(manifest, weights):
    """The classifier's TorchScript module exported to ONNX once, with a manifest for each ONNX backend."""
    import json

    import torch
    folder = os.path.dirname(manifest)
    onnx = os.path.join(folder, "resnet50.onnx")
    with open(manifest) as f:
        spec = json.load(f)
    if not os.path.isfile(onnx):
        module = torch.jit.load(weights, map_location="cpu").eval()
        x = torch.zeros(1, 3, spec["input"]["height"], spec["input"]["width"])
        torch.onnx.export(module, x, onnx, input_names=["images"], output_names=["logits"],
                          dynamic_axes={"images": {0: "batch"}, "logits": {0: "batch"}}, opset_version=13)
    manifests = {}
    for backend in ("opencv-dnn", "onnxruntime"):
        path = os.path.join(folder, f"resnet50-{backend}.json")
        with open(path, "w") as f:
            json.dump(dict(spec, weights="resnet50.onnx", backend=backend), f, indent=2)
        manifests[backend] = path
    return manifests


def backends(cli, cache, folder, work):
    """(d): images/s of `trapline-cli infer` on each backend; the line model-check prints says which one ran."""
    manifest, weights = make_classifier(cache)
    runs = [("LibTorch (TorchScript)", manifest)]
    onnx = make_onnx_variants(manifest, weights)
    # Each ONNX backend runs only where model-check accepts the model through it (ONNX Runtime is not in Debian 12's
    # build; OpenCV DNN 4.10 reads this export's output as [1, 1, 5], which Trapline refuses for a classifier).
    for name, path, backend in (("OpenCV DNN (ONNX)", onnx["opencv-dnn"], "backend: OpenCV DNN"),
                                ("ONNX Runtime (ONNX)", onnx["onnxruntime"], "backend: ONNX Runtime")):
        check = subprocess.run([cli, "model-check", path], capture_output=True, text=True)
        if check.returncode == 0 and backend in check.stdout:
            runs.append((name, path))
        else:
            lines = [line for line in (check.stdout + check.stderr).splitlines() if line.startswith("trapline-cli")]
            print(f"    ({name} left out: " + (lines[-1] if lines else "model-check failed") + ")")
    rates = {}
    for name, path in runs:
        rates[name] = trapline_infer(cli, folder, path, work, "backend-" + str(len(rates)))[1]
    n = len(os.listdir(folder))
    print(f"(d) Trapline's backends, ResNet-50 224 px, {n} images, batch 8, model load excluded:")
    base = rates["LibTorch (TorchScript)"]
    for name, rate in rates.items():
        print(f"    {name + ':':37s}{rate:7.2f} images/s   ratio {rate / base:.2f}x LibTorch")
    return rates


def trapline_infer(cli, folder, manifest, work, name):
    """`trapline-cli infer` alone (the import is done first and not timed): the whole run's seconds, with process
    start and model load, and the images/s it reports itself, from its first batch on (model load excluded, as in
    the Python loop, where the timer starts after torch.jit.load)."""
    project = os.path.join(work, name + ".trapline")
    subprocess.run([cli, "init", project], check=True, capture_output=True)
    subprocess.run([cli, "import", project, folder], check=True, capture_output=True)
    seconds, out = timed([cli, "infer", project, "--model", manifest, "--batch", "8"])
    rate = re.search(r"\(([\d.]+) images/s\)", out)
    return seconds, float(rate.group(1)) if rate else None


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default=".", help="the build folder (default: the current folder)")
    p.add_argument("--data", default=os.path.join(SOURCE, "..", "shared", "data"))
    p.add_argument("--images", type=int, default=40, help="images for the classifier (default 40)")
    p.add_argument("--detector-images", type=int, default=6, help="images for the detector (default 6; YOLOv5x6 "
                   "at 1280 takes seconds an image on a CPU)")
    p.add_argument("--backends-only", action="store_true", help="run (d) alone: Trapline's LibTorch, OpenCV DNN and "
                   "ONNX Runtime backends on the same model (no MegaDetector environment needed)")
    a = p.parse_args()
    cli = os.path.join(a.build, "app", "trapline-cli")
    bench_inference = os.path.join(a.build, "bench", "bench_inference")
    for tool in (cli,) if a.backends_only else (cli, bench_inference):
        if not os.access(tool, os.X_OK):
            sys.exit(f"bench_vs_python: {tool} is missing; build trapline-cli and bench_inference first")
    cache = os.path.join(os.path.abspath(a.build), "reference-models")
    work = tempfile.mkdtemp(prefix="bench-vs-python-")
    try:
        import torch
        print(f"machine: {os.cpu_count()} cores; torch {torch.__version__} with {torch.get_num_threads()} threads")
        images = real_images(a.data, a.images)
        cls_folder = os.path.join(work, "classifier-images")
        os.makedirs(cls_folder)
        for path in images:
            shutil.copy(path, cls_folder)

        if a.backends_only:
            backends(cli, cache, cls_folder, work)
            return

        manifest, weights = make_classifier(cache)
        python_cls = python_classifier(weights, [os.path.join(cls_folder, f) for f in sorted(os.listdir(cls_folder))])
        trapline_cls = trapline_infer(cli, cls_folder, manifest, work, "classifier")[1]
        print(f"(a) classifier, ResNet-50 224 px, {len(images)} images, batch 8:")
        print(f"    PyTorch DataLoader (2 workers, PIL): {python_cls:7.2f} images/s")
        print(f"    trapline-cli infer:                  {trapline_cls:7.2f} images/s   ratio {trapline_cls / python_cls:.2f}x")

        import md_parity
        checkpoint, det_manifest = md_parity.ensure_model(a.data, cache)
        det_folder = os.path.join(work, "detector-images")
        os.makedirs(det_folder)
        for path in images[:a.detector_images]:
            shutil.copy(path, det_folder)
        n = len(os.listdir(det_folder))
        md_seconds, md_out = timed([sys.executable, "-m", "megadetector.detection.run_detector_batch", checkpoint,
                                    det_folder, os.path.join(work, "md.json"), "--threshold", "0.05", "--quiet"])
        trapline_seconds, trapline_inner = trapline_infer(cli, det_folder, det_manifest, work, "detector")
        md_rate, trapline_rate = n / md_seconds, n / trapline_seconds
        print(f"(b) detector, MDv5a architecture (YOLOv5x6, 1280 px), {n} images, whole runs with model load:")
        print(f"    MegaDetector run_detector_batch:     {md_rate:7.3f} images/s")
        print(f"    trapline-cli infer:                  {trapline_rate:7.3f} images/s   ratio {trapline_rate / md_rate:.2f}x")
        inner = re.search(r"Finished inference for (\d+) images in ([\d.]+) seconds", md_out)
        if inner and trapline_inner:
            md_inner = int(inner.group(1)) / float(inner.group(2))
            print(f"    model load excluded: MegaDetector {md_inner:.3f} images/s, Trapline {trapline_inner:.3f} images/s"
                  f"   ratio {trapline_inner / md_inner:.2f}x")

        _, out = timed([bench_inference, manifest, cls_folder, "--batch", "8", "--repeat", "1"])
        bare = re.search(r"bare forward.*?([\d.]+) images/s", out)
        pipeline = re.findall(r"pipeline.*?:\s+([\d.]+) images/s", out)
        print("(c) Trapline pipeline against a bare forward of pre-decoded tensors (bench_inference, ResNet-50):")
        if bare and pipeline:
            b, best = float(bare.group(1)), max(float(v) for v in pipeline)
            print(f"    bare forward {b:.2f} images/s, pipeline {best:.2f} images/s   ratio {best / b:.2f}")
        else:
            print("    could not read bench_inference's output:\n" + out)
        backends(cli, cache, cls_folder, work)
        print(f"ratios: classifier {trapline_cls / python_cls:.2f}x PyTorch, detector {trapline_rate / md_rate:.2f}x "
              f"MegaDetector" + (f", pipeline/bare {best / b:.2f}" if bare and pipeline else ""))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

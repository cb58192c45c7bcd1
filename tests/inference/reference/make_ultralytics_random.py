#!/usr/bin/env python3
"""Makes Ultralytics detectors of the real architectures with random weights from a fixed seed.

MegaDetector v6 and v1000 cedar/larch/sorrel are Ultralytics YOLOv9, YOLOv10 and RT-DETR checkpoints. No real
weights are available to the tests, so each network is built by the ultralytics package from its own yaml (the
smallest scale of each family: yolov8n, yolov9t, yolov10n, rtdetr-l) with MegaDetector's classes (animal, person,
vehicle), initialised from --seed, and saved the way Ultralytics saves checkpoints (Model.save: {'model': the
half-precision DetectionModel, 'train_args', 'version', ...}), so that both YOLO()/RTDETR() and attempt_load_one_weight
read it unchanged.

Freshly initialised, every BatchNorm is the identity and the class scores are their biases (Detect.bias_init puts
them near 0.001), so every box would tie far below any threshold. Three calibration steps make the boxes worth
comparing: one pass over real camera-trap images with only the BatchNorms in training mode and momentum 1 sets their
statistics (data-dependent initialisation); the class logits of the final layer are standardised to a spread of 2;
then its class biases are shifted so that about --target candidates per calibration image score above 0.25. Needs the reference environment
(scripts/install-reference-python.sh). Usage: make_ultralytics_random.py --arch yolov8n --out FILE.pt --calibration-images ...
"""
import argparse
import os
import sys

os.environ.setdefault("YOLO_OFFLINE", "true")
os.environ.setdefault("YOLO_AUTOINSTALL", "false")
os.environ.setdefault("YOLO_VERBOSE", "false")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

CLASSES = {0: "animal", 1: "person", 2: "vehicle"}
SIZE = 640
SPREAD = 2.0


def images_tensor(paths):
    """Stretched to SIZE x SIZE, RGB, 0-1: for statistics only, so the exact preprocessing does not matter."""
    out = []
    for path in paths:
        img = cv2.resize(cv2.imread(path), (SIZE, SIZE), interpolation=cv2.INTER_LINEAR)[..., ::-1]
        out.append(torch.from_numpy(np.ascontiguousarray(img.transpose(2, 0, 1))).float() / 255)
    return torch.stack(out)


def class_layers(head):
    """The final layers whose biases are the class logits of the boxes the model outputs."""
    name = type(head).__name__
    if name == "RTDETRDecoder":
        return [head.dec_score_head[-1]]
    if getattr(head, "end2end", False):
        return [seq[-1] for seq in head.one2one_cv3]
    return [seq[-1] for seq in head.cv3]


def class_logits(model, layers, images):
    """The class logits of every candidate, per layer, from one forward pass: [images, candidates, classes]."""
    out = []
    hooks = [layer.register_forward_hook(lambda m, i, o: out.append(o.detach())) for layer in layers]
    with torch.no_grad():
        model(images)
    for h in hooks:
        h.remove()
    # Detect: [B, C, H, W] conv maps; RTDETRDecoder's last score head: [B, queries, C] (run once per decoder layer,
    # but only the last layer's head is hooked).
    return [o.flatten(2).transpose(1, 2) if o.dim() == 4 else o for o in out]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--arch", required=True, help="an ultralytics yaml name without .yaml, e.g. yolov8n, rtdetr-l")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--calibration-images", nargs="+", required=True)
    p.add_argument("--target", type=int, default=12, help="candidates above 0.25 per calibration image")
    a = p.parse_args()

    from ultralytics import RTDETR, YOLO
    torch.manual_seed(a.seed)
    np.random.seed(a.seed)
    wrapper = RTDETR(f"{a.arch}.yaml") if a.arch.startswith("rtdetr") else YOLO(f"{a.arch}.yaml", verbose=False)
    model = wrapper.model
    model.names = dict(CLASSES)
    head = model.model[-1]
    # The yaml's 80 COCO classes become MegaDetector's 3: rebuilt by the model from the same yaml with nc=3.
    if head.nc != len(CLASSES):
        from ultralytics.nn.tasks import DetectionModel, RTDETRDetectionModel
        torch.manual_seed(a.seed)
        cls = RTDETRDetectionModel if a.arch.startswith("rtdetr") else DetectionModel
        model = cls(f"{a.arch}.yaml", nc=len(CLASSES), verbose=False)
        model.names = dict(CLASSES)
        wrapper.model = model
        head = model.model[-1]
    images = images_tensor(a.calibration_images)

    model.eval()
    batch_norms = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    for bn in batch_norms:
        bn.momentum = 1.0
        bn.train()
    with torch.no_grad():
        model(images)
    for bn in batch_norms:
        bn.momentum = 0.03
    model.eval()

    # A shift of the final class biases moves every logit alike, so one pass gives the count for any shift. The
    # candidates each image's head returns: the best class per anchor (Detect), at most 300 of them (YOLOv10's
    # top-k, RT-DETR's queries).
    # Random logits are bunched (std about 0.1), so a threshold would sit in a crowd of near-ties: each layer's
    # logits are first standardised per class over the calibration images and given a spread of SPREAD, as a
    # trained detector's are spread out.
    layers = class_layers(head)
    with torch.no_grad():
        for layer, logits in zip(layers, class_logits(model, layers, images)):
            mean, std = logits.mean(dim=(0, 1)), logits.std(dim=(0, 1)).clamp_min(1e-6)
            gain = SPREAD / std
            layer.weight.mul_(gain.view(-1, *[1] * (layer.weight.dim() - 1)))
            layer.bias.copy_((layer.bias - mean) * gain)
    best = torch.cat(class_logits(model, layers, images), dim=1).amax(dim=2)
    cap = 300 if type(head).__name__ == "RTDETRDecoder" or getattr(head, "end2end", False) else best.shape[1]

    def count(shift):
        return int(((best + shift).sigmoid() > 0.25).sum(dim=1).clamp(max=cap).sum())

    target = a.target * len(a.calibration_images)
    lo, hi = -30.0, 30.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if count(mid) > target:
            hi = mid
        else:
            lo = mid
    found = count(lo)
    with torch.no_grad():
        for layer in layers:
            layer.bias += lo
    print(f"{a.arch}: class bias {lo:+.3f}, {found} candidates above 0.25 on {len(a.calibration_images)} "
          "calibration images", file=sys.stderr)
    if found == 0:
        sys.exit(f"{a.arch}: no calibration gives a box above 0.25")
    wrapper.ckpt = {"train_args": {"imgsz": SIZE, "task": "detect"}}
    wrapper.save(a.out)


if __name__ == "__main__":
    main()

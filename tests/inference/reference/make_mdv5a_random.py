#!/usr/bin/env python3
"""Makes a MegaDetector v5a-architecture detector with random weights from a fixed seed.

MDv5a is YOLOv5x6 (P6, stride 64) trained at 1280 px with the classes animal, person and vehicle. No real MDv5
weights are available to the tests, so the network is built from the yolov5 package's own yolov5x6.yaml (the code
MegaDetector's PTDetector loads) and initialised from --seed. It is saved the way MegaDetector's checkpoints are,
{'model': DetectionModel}, so that MegaDetector's loader accepts it unchanged.

Random weights give one objectness level everywhere; the objectness bias of the output layer is shifted so that a
realistic handful of candidates per image score above 0.1 (about --target on the calibration image), which makes
the parity test look at boxes whose ranking and NMS actually matter. Needs the reference environment
(scripts/install-reference-python.sh).
"""
import argparse
import os
import sys

import numpy as np
import torch


def letterboxed(path, size=1280):
    from yolov5.utils.augmentations import letterbox
    from PIL import Image
    img = np.asarray(Image.open(path).convert("RGB"))
    img = letterbox(img, new_shape=size, auto=False)[0]
    return torch.from_numpy(np.ascontiguousarray(img.transpose(2, 0, 1))).float().unsqueeze(0) / 255


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", required=True, help="the checkpoint to write (.pt)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--calibration-images", nargs="+", required=True,
                   help="real camera-trap images that set the BatchNorm statistics and the output spread")
    p.add_argument("--target", type=int, default=30, help="candidates above 0.1 per calibration image")
    a = p.parse_args()

    import yolov5
    from yolov5.models.yolo import Model
    cfg = os.path.join(os.path.dirname(yolov5.__file__), "models", "hub", "yolov5x6.yaml")
    torch.manual_seed(a.seed)
    np.random.seed(a.seed)
    model = Model(cfg, ch=3, nc=3)
    model.names = ["animal", "person", "vehicle"]
    detect = model.model[-1]
    images = torch.cat([letterboxed(path) for path in a.calibration_images])

    # Freshly initialised, every BatchNorm is the identity and the signal fades through 575 layers: the outputs
    # are their biases to within 0.03 everywhere, so every box would tie. One pass in training mode with momentum 1
    # over the calibration images sets each BatchNorm's statistics to theirs (data-dependent initialisation).
    batch_norms = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    for bn in batch_norms:
        bn.momentum = 1.0
    model.train()
    with torch.no_grad():
        model(images)
    model.eval()
    for bn in batch_norms:
        bn.momentum = 0.03

    # Then each output channel is standardised over the calibration images and given the spread of a trained
    # detector's: centre offsets and class logits about 1, sizes 0.5 (boxes from half to twice their anchor),
    # objectness 1.5. Its objectness bias is then set so that about --target candidates per image score above 0.1.
    logits = []
    hooks = [conv.register_forward_hook(lambda m, i, o: logits.append(o.detach())) for conv in detect.m]
    with torch.no_grad():
        model(images)
    for h in hooks:
        h.remove()
    na, no = detect.na, detect.no
    spread = torch.tensor([1.0, 1.0, 0.5, 0.5, 1.5] + [1.0] * (no - 5)).repeat(na)
    obj, cls = [], []
    with torch.no_grad():
        for conv, o in zip(detect.m, logits):
            mean, std = o.mean(dim=(0, 2, 3)), o.std(dim=(0, 2, 3)).clamp_min(1e-6)
            gain = spread / std
            conv.weight *= gain.view(-1, 1, 1, 1)
            conv.bias.copy_((conv.bias - mean) * gain)
            o = ((o - mean.view(1, -1, 1, 1)) * gain.view(1, -1, 1, 1)).view(o.shape[0], na, no, -1)
            obj.append(o[:, :, 4].flatten())
            cls.append(o[:, :, 5:].sigmoid().amax(dim=2).flatten())
    obj, cls = torch.cat(obj), torch.cat(cls)
    target = a.target * len(a.calibration_images)

    def count(shift):
        return int(((obj + shift).sigmoid() * cls > 0.1).sum())

    lo, hi = -50.0, 50.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if count(mid) > target:
            hi = mid
        else:
            lo = mid
    with torch.no_grad():
        for conv in detect.m:
            conv.bias.view(na, no)[:, 4] += lo
    print(f"objectness bias {lo:+.3f}: {count(lo)} candidates above 0.1 on {len(a.calibration_images)} "
          "calibration images", file=sys.stderr)
    torch.save({"model": model.float(), "epoch": -1}, a.out)


if __name__ == "__main__":
    main()

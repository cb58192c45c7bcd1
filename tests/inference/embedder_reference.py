"""PyTorch's own side of the embedder parity test: a torchvision ResNet-18 with its final layer dropped.

Usage:
  embedder_reference.py weights OUT.pth
      saves the state_dict of torchvision's resnet18 initialised from seed 0 (no download)
  embedder_reference.py embed WEIGHTS.pth CROPS.u8 COUNT SIZE OUT.json
      CROPS.u8 holds COUNT crops of SIZE x SIZE x 3 bytes, BGR as OpenCV decodes them; writes one feature vector per
      crop from the model in eager mode (not the exported TorchScript), with torchvision's documented ImageNet
      normalisation applied here rather than read from Trapline's manifest.
Runs under Debian's /usr/bin/python3 with python3-torch and python3-torchvision.
"""
import json
import sys

import numpy as np
import torch
import torchvision


def main():
    if sys.argv[1] == "weights":
        torch.manual_seed(0)
        torch.save(torchvision.models.resnet18(weights=None).state_dict(), sys.argv[2])
        return
    weights, crops, count, size, out = sys.argv[2:7]
    count, size = int(count), int(size)
    model = torchvision.models.resnet18(weights=None)
    model.load_state_dict(torch.load(weights, map_location="cpu"))
    model.fc = torch.nn.Identity()
    model.eval()
    bgr = np.fromfile(crops, dtype=np.uint8).reshape(count, size, size, 3)
    rgb = torch.from_numpy(bgr[..., ::-1].copy()).permute(0, 3, 1, 2).float() / 255.0
    normalise = torchvision.transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
    with torch.no_grad():
        vectors = model(normalise(rgb))
    with open(out, "w") as f:
        json.dump(vectors.tolist(), f)


if __name__ == "__main__":
    main()

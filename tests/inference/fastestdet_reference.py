"""FastestDet's own model and post-processing on tensors that Trapline prepared, for the parity test.

Usage: fastestdet_reference.py UPSTREAM_DIR WEIGHTS TENSORS.f32 COUNT HEIGHT WIDTH CONF NMS OUT.json

UPSTREAM_DIR is the FastestDet repository snapshot (module/, utils/); WEIGHTS its trained state_dict. TENSORS.f32
holds COUNT float32 inputs [3, HEIGHT, WIDTH] back to back, already resized and scaled as upstream's test.py does
(cv2.resize INTER_LINEAR to 352x352, BGR, /255). Writes, per input, upstream's handle_preds() boxes as
[x1, y1, x2, y2, score, class] in input-normalised coordinates, unclipped.
Runs under Debian's /usr/bin/python3 with python3-torch, python3-torchvision and python3-yaml.
"""
import json
import sys

import numpy as np
import torch


def main():
    upstream, weights, tensors, count, height, width, conf, nms, out = sys.argv[1:10]
    count, height, width, conf, nms = int(count), int(height), int(width), float(conf), float(nms)
    sys.path.insert(0, upstream)
    from module.detector import Detector  # upstream code, unchanged
    from utils.tool import handle_preds

    torch.manual_seed(0)
    model = Detector(80, True)  # as upstream test.py; False would load module/shufflenetv2.pth from the cwd
    model.load_state_dict(torch.load(weights, map_location="cpu"))
    model.eval()
    data = np.fromfile(tensors, dtype=np.float32).reshape(count, 3, height, width)
    results = []
    with torch.no_grad():
        for i in range(count):
            preds = model(torch.from_numpy(data[i : i + 1].copy()))
            boxes = handle_preds(preds, torch.device("cpu"), conf, nms)[0]
            results.append([[float(v) for v in box] for box in boxes.tolist()])
    with open(out, "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()

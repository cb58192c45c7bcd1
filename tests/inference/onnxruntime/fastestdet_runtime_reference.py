"""FastestDet's upstream ONNX Runtime example (example/onnx-runtime/runtime.py), run on tensors Trapline prepared.

Usage: fastestdet_runtime_reference.py RUNTIME_DIR ONNX TENSORS.f32 COUNT HEIGHT WIDTH THRESH OUT.json

runtime.py's detection() is used unchanged but for its preprocess(), which is replaced by one that returns the
given tensor, so both sides see the same input. detection() scales boxes to the image it is given and truncates them
to integers; it gets a blank 10000x10000 image, so its boxes divided by 10000 are normalised to 1e-4. Writes, per
input, upstream's boxes after its NMS as [x1, y1, x2, y2, score, class], normalised and unclipped.
Needs python3-onnxruntime, python3-opencv and numpy (Debian 13).
"""
import json
import sys

import numpy as np
import onnxruntime

SIDE = 10000


def main():
    runtime_dir, onnx, tensors, count, height, width, thresh, out = sys.argv[1:9]
    count, height, width, thresh = int(count), int(height), int(width), float(thresh)
    sys.path.insert(0, runtime_dir)
    import runtime  # upstream code

    data = np.fromfile(tensors, dtype=np.float32).reshape(count, 3, height, width)
    session = onnxruntime.InferenceSession(onnx, providers=["CPUExecutionProvider"])
    blank = np.zeros((SIDE, SIDE, 3), dtype=np.uint8)
    results = []
    for i in range(count):
        runtime.preprocess = lambda _img, _size, t=data[i : i + 1].copy(): t
        try:
            boxes = runtime.detection(session, blank, width, height, thresh)
        except IndexError:  # runtime.py's nms() indexes an empty array when nothing passes the threshold
            boxes = []
        results.append([[b[0] / SIDE, b[1] / SIDE, b[2] / SIDE, b[3] / SIDE, float(b[4]), int(b[5])] for b in boxes])
    with open(out, "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()

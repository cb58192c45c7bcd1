"""timm's own side of the parity tests of tools/export_model.py's timm recipes (tst_inference_realdata).

Usage:
  timm_reference.py make swin OUT.pth
      a MegaDescriptor-T-architecture embedder: timm's swin_tiny_patch4_window7_224 (the architecture of
      hf-hub:BVRA/MegaDescriptor-T-224), pretrained=False, weights from seed 0; its state_dict with timm's head
  timm_reference.py make deepfaune OUT.pt
      a DeepFaune-format checkpoint on a smaller model of the same family: DeepFaune's classifier is timm's
      vit_large_patch14_dinov2.lvd142m (304 M parameters) built with dynamic_img_size=True under a Model whose only
      child is base_model, saved as {'args': {'backbone', 'num_classes'}, 'state_dict'} with every key under
      'base_model.'; here vit_small_patch14_dinov2.lvd142m (the same DINOv2 ViT code, 22 M) with 5 classes
  timm_reference.py run KIND WEIGHTS CROPS.u8 COUNT SIZE OUT.json
      CROPS.u8 holds COUNT crops of SIZE x SIZE x 3 bytes, BGR as OpenCV decodes them; writes the eager timm model's
      output per crop (swin: the feature vector, head dropped; deepfaune: the logits), with ImageNet normalisation
      applied here rather than read from Trapline's manifest. deepfaune loads the checkpoint as DeepFaune's own
      Model.loadWeights does (load_state_dict of the prefixed keys into a module holding base_model).
Needs timm (scripts/install-reference-python.sh). Fused attention is off, as the export has it.
"""
import json
import os
import sys

os.environ["TIMM_FUSED_ATTN"] = "0"
import numpy as np  # noqa: E402
import timm  # noqa: E402
import torch  # noqa: E402

SWIN = "swin_tiny_patch4_window7_224"
DINOV2 = "vit_small_patch14_dinov2.lvd142m"
CLASSES = 5


class DeepFauneModel(torch.nn.Module):
    """DeepFaune's classifTools.Model: base_model is the whole timm classifier."""

    def __init__(self, backbone, classes):
        super().__init__()
        self.base_model = timm.create_model(backbone, pretrained=False, num_classes=classes, dynamic_img_size=True)

    def forward(self, x):
        return self.base_model(x)


def main():
    if sys.argv[1] == "make":
        torch.manual_seed(0)
        if sys.argv[2] == "swin":
            torch.save(timm.create_model(SWIN, pretrained=False).state_dict(), sys.argv[3])
        else:
            model = DeepFauneModel(DINOV2, CLASSES)
            torch.save({"args": {"backbone": DINOV2, "num_classes": CLASSES}, "state_dict": model.state_dict()},
                       sys.argv[3])
        return
    kind, weights, crops, count, size, out = sys.argv[2:8]
    count, size = int(count), int(size)
    if kind == "swin":
        model = timm.create_model(SWIN, pretrained=False)
        model.load_state_dict(torch.load(weights, map_location="cpu"))
        model.reset_classifier(0)
    else:
        checkpoint = torch.load(weights, map_location="cpu")
        model = DeepFauneModel(checkpoint["args"]["backbone"], checkpoint["args"]["num_classes"])
        model.load_state_dict(checkpoint["state_dict"])
    model.eval()
    bgr = np.fromfile(crops, dtype=np.uint8).reshape(count, size, size, 3)
    rgb = torch.from_numpy(bgr[..., ::-1].copy()).permute(0, 3, 1, 2).float() / 255.0
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    with torch.no_grad():
        vectors = model((rgb - mean) / std)
    with open(out, "w") as f:
        json.dump(vectors.tolist(), f)


if __name__ == "__main__":
    main()

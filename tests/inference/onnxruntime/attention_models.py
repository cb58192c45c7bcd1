"""timm models with attention, random weights from a fixed seed, exported by PyTorch 2 for the Debian 13 lane.

Usage: attention_models.py OUT_DIR INPUTS.f32 COUNT SIZE

For each of a ViT and a Swin (small timm configurations, so the test stays quick), writes to OUT_DIR:
  NAME.onnx        torch.onnx.export with a dynamic batch dimension
  NAME.pt          torch.jit.trace at batch COUNT; timm uses fused attention on torch 2, so it holds
                   aten::scaled_dot_product_attention
  NAME.ref.f32     the eager model's output [COUNT, D] on INPUTS.f32 (COUNT float32 [3, SIZE, SIZE] back to back)
and prints "NAME D fused-attention" per line (unfused-attention when the trace lacks the operator). Needs timm (scripts/debian13/reference-python.sh) and Debian's python3-torch.
"""
import os
import sys

import numpy as np
# timm's Swin uses fused attention only when asked (it calls it experimental); its ViT always does on torch 2.
os.environ["TIMM_FUSED_ATTN"] = "2"
import timm  # noqa: E402
import torch  # noqa: E402


def models(size):
    # num_classes=0: the pooled features, as an embedder gives them.
    yield "vit", timm.create_model(
        "vit_tiny_patch16_224", pretrained=False, num_classes=0, img_size=size, depth=2
    )
    yield "swin", timm.create_model(
        "swin_tiny_patch4_window7_224",
        pretrained=False,
        num_classes=0,
        img_size=size,
        embed_dim=32,
        depths=(1, 1),
        num_heads=(1, 2),
        window_size=4,
    )


def main():
    out_dir, inputs, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    data = torch.from_numpy(np.fromfile(inputs, dtype=np.float32).reshape(count, 3, size, size).copy())
    for name, model in models(size):
        torch.manual_seed(0)
        for p in model.parameters():
            torch.nn.init.normal_(p, std=0.02)
        model.eval()
        example = torch.zeros(2, 3, size, size)
        with torch.no_grad():
            reference = model(data)
            # Traced at the batch the test runs: a timm ViT traced at batch 2 spins without end at batch 6 in
            # LibTorch 2.6 (and in PyTorch), where the ONNX export takes any batch.
            traced = torch.jit.trace(model, data)
        traced.save(f"{out_dir}/{name}.pt")
        torch.onnx.export(
            model,
            example,
            f"{out_dir}/{name}.onnx",
            input_names=["images"],
            output_names=["features"],
            dynamic_axes={"images": {0: "batch"}, "features": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
        reference.numpy().astype(np.float32).tofile(f"{out_dir}/{name}.ref.f32")
        fused = "scaled_dot_product_attention" in str(traced.inlined_graph)
        print(name, reference.shape[1], "fused-attention" if fused else "unfused-attention")


if __name__ == "__main__":
    main()

"""Makes tests/inference/data/swin-torch2-sdpa.pt: a tiny timm Swin (random weights, seed 0) traced by PyTorch 2,
whose fused attention is the operator aten::scaled_dot_product_attention that LibTorch 1.13 (Debian 12) lacks.
Run under Debian 13's python3-torch with timm (scripts/debian13/reference-python.sh). Usage: make_torch2_swin.py OUT.pt
Input [batch, 3, 32, 32]; output [batch, 16] features.
"""
import os
import sys

# timm's Swin uses fused attention only when asked (it calls it experimental); its ViT always does on torch 2.
os.environ["TIMM_FUSED_ATTN"] = "2"
import timm  # noqa: E402
import torch  # noqa: E402

torch.manual_seed(0)
model = timm.create_model(
    "swin_tiny_patch4_window7_224",
    pretrained=False,
    num_classes=0,
    img_size=32,
    embed_dim=16,
    depths=(1,),
    num_heads=(1,),
    window_size=4,
).eval()
with torch.no_grad():
    torch.jit.trace(model, torch.zeros(1, 3, 32, 32)).save(sys.argv[1])

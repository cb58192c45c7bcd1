#!/usr/bin/env python3
"""Export a trained PyTorch model to TorchScript and write its Trapline manifest.

Trapline runs models through LibTorch, so it needs a TorchScript file (NAME.pt) and a small JSON
manifest (NAME.json) saying what the model expects and what its output means. This script builds both
from the model you already have, then loads the exported file again and runs it once to prove it works.

Sources (pick one):
  --torchvision ARCH --checkpoint FILE --classes ...   a torchvision classifier you fine-tuned
  --timm ARCH --checkpoint FILE --classes ...          a timm classifier (needs timm installed)
  add --embedder to either                             keep only the feature extractor (e.g. MegaDescriptor)
  --yolov5 CHECKPOINT                                  YOLOv5 / MegaDetector v5 (needs the yolov5 repo on PYTHONPATH)
  --module FILE --kind ... --decoder ...               a whole model saved with torch.save(model), or TorchScript

Examples:
  python3 export_model.py --torchvision resnet50 --checkpoint best.pth --classes labels.txt --name "Deer classifier"
  python3 export_model.py --timm hf-hub:BVRA/MegaDescriptor-T-224 --pretrained --embedder --name MegaDescriptor-T
  PYTHONPATH=~/yolov5 python3 export_model.py --yolov5 md_v5a.0.0.pt --name "MegaDetector v5a" --version 5.0
  python3 export_model.py --module yolov8.torchscript --kind detector --decoder ultralytics --size 640

Only load checkpoints you trust: PyTorch checkpoints are Python pickles and can run code when loaded.
Requires Python 3.8+ and PyTorch (torchvision for --torchvision). Exit status 0 on success, 1 on any problem.
"""
import argparse
import copy
import json
import os
import re
import sys
import traceback

IMAGENET_MEAN, IMAGENET_STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
DETECTOR_DECODERS = ("yolov5", "ultralytics", "fastestdet")
DECODER_KIND = {"yolov5": "detector", "ultralytics": "detector", "fastestdet": "detector",
                "logits": "classifier", "probabilities": "classifier", "embedding": "embedder"}
# Class labels Trapline should not count as animals (case-insensitive); everything else stays an animal.
TYPE_OF_LABEL = {"person": "human", "people": "human", "human": "human", "vehicle": "vehicle", "car": "vehicle",
                 "truck": "vehicle", "bus": "vehicle", "motorcycle": "vehicle", "motorbike": "vehicle",
                 "bicycle": "vehicle", "empty": "blank", "blank": "blank", "unknown": "unknown", "animal": "animal"}


class ExportError(Exception):
    """A problem the user can fix; printed without a traceback."""


def fail_import(package, hint):
    raise ExportError(f"{package} is not installed in this Python ({sys.executable}). {hint}")


def torch_load(path):
    import torch
    if not os.path.isfile(path):
        raise ExportError(f"{path} does not exist or is not a file")
    try:
        return torch.load(path, map_location="cpu", weights_only=False)
    except TypeError:  # PyTorch < 1.13 has no weights_only
        return torch.load(path, map_location="cpu")
    except ModuleNotFoundError as e:
        raise ExportError(f"{path} was pickled with code from the Python module '{e.name}', which is not importable "
                          "here. Run this script in the environment you trained in, or add that code to PYTHONPATH.")


def extract_state_dict(checkpoint, path):
    """A plain state_dict, or one under a usual key; strips DataParallel/compile/Lightning prefixes."""
    import torch
    if isinstance(checkpoint, torch.nn.Module):
        return checkpoint.state_dict()
    if isinstance(checkpoint, dict):
        for key in ("state_dict", "model_state_dict", "model", "net"):
            if key in checkpoint:
                value = checkpoint[key]
                return value.state_dict() if isinstance(value, torch.nn.Module) else extract_state_dict(value, path)
        if checkpoint and all(isinstance(v, torch.Tensor) for v in checkpoint.values()):
            state = dict(checkpoint)
            for prefix in ("module.", "_orig_mod.", "model."):
                if all(k.startswith(prefix) for k in state):
                    state = {k[len(prefix):]: v for k, v in state.items()}
            return state
        raise ExportError(f"{path} holds no state_dict: its top-level keys are {sorted(checkpoint)[:8]} "
                          "(expected tensors, or one of 'state_dict', 'model_state_dict', 'model', 'net')")
    raise ExportError(f"{path} holds a {type(checkpoint).__name__}, not a state_dict or a model")


def find_head(model):
    """Name and module of the final classification layer (timm's get_classifier, else the last nn.Linear)."""
    import torch
    modules = dict(model.named_modules())
    if hasattr(model, "get_classifier"):
        head = model.get_classifier()
        for name, module in modules.items():
            if module is head and isinstance(head, torch.nn.Linear):
                return name, head
    linears = [(n, m) for n, m in modules.items() if isinstance(m, torch.nn.Linear)]
    if not linears:
        raise ExportError(f"{type(model).__name__} has no final nn.Linear layer this script can find; save the "
                          "whole model with torch.save(model) and use --module instead")
    return linears[-1]


def replace_module(model, name, new):
    parent_name, _, attr = name.rpartition(".")
    setattr(model.get_submodule(parent_name) if parent_name else model, attr, new)


def load_weights(model, state, path, drop=()):
    """Strict load; names a few missing/unexpected/mismatched keys when the checkpoint does not fit."""
    state = {k: v for k, v in state.items() if not k.startswith(tuple(drop))}
    own = model.state_dict()
    missing = [k for k in own if k not in state]
    unexpected = [k for k in state if k not in own]
    shapes = [f"{k} {tuple(state[k].shape)} vs model {tuple(own[k].shape)}"
              for k in own if k in state and state[k].shape != own[k].shape]
    if missing or unexpected or shapes:
        lines = [f"{path} does not fit the architecture:"]
        for label, keys in (("missing", missing), ("unexpected", unexpected), ("wrong shape", shapes)):
            if keys:
                more = f" (and {len(keys) - 5} more)" if len(keys) > 5 else ""
                lines.append(f"  {len(keys)} {label}: " + ", ".join(keys[:5]) + more)
        if shapes and not missing and not unexpected:
            lines.append("  If only the last layer differs, the number of --classes is not what the model was "
                         "trained with.")
        else:
            lines.append("  Check the architecture name (e.g. resnet50 vs resnet18) and the checkpoint.")
        raise ExportError("\n".join(lines))
    model.load_state_dict(state)


def make_wrapper():
    import torch

    class Wrapper(torch.nn.Module):
        """forward(x) = head(features(x)); features() is what Trapline fine-tunes a new head on."""

        def __init__(self, body, head):
            super().__init__()
            self.body, self.head = body, head

        def forward(self, x):
            return self.head(self.body(x))

        @torch.jit.export
        def features(self, x):
            return self.body(x)

    return Wrapper


def split_classifier(model, args, drop=()):
    """Returns the module to export and the feature method name (or None), checking the split is exact."""
    import torch
    head_name, head = find_head(model)
    if args.embedder:  # the classifier is dropped whatever its size was
        replace_module(model, head_name, torch.nn.Identity())
        drop = (*drop, head_name + ".")
    if args.checkpoint:
        load_weights(model, extract_state_dict(torch_load(args.checkpoint), args.checkpoint), args.checkpoint, drop)
    model.eval()
    if args.embedder:
        return model, None
    x = torch.rand(1, 3, args.height, args.width)
    with torch.no_grad():
        reference = model(x)
        body = copy.deepcopy(model)
        replace_module(body, head_name, torch.nn.Identity())
        wrapped = make_wrapper()(body, head).eval()
        if torch.allclose(wrapped(x), reference, rtol=1e-4, atol=1e-4):
            return wrapped, "features"
    print(f"note: {head_name} is not applied last in {type(model).__name__}.forward; exporting without a "
          "'features' method", file=sys.stderr)
    return model, None


def first_line(error):
    return next((line for line in str(error).splitlines() if line.strip()), type(error).__name__)


def to_torchscript(module, x):
    """Scripts the model; traces it (or only the feature extractor of a split classifier) where scripting fails."""
    import torch
    try:
        return torch.jit.script(module)
    except Exception as e:  # noqa: BLE001 - scripting fails in many ways (e.g. some timm models)
        print(f"note: torch.jit.script failed ({first_line(e)}); tracing instead", file=sys.stderr)
    with torch.no_grad():
        if hasattr(module, "features") and hasattr(module, "body"):  # keep features(): trace the body only
            module.body = torch.jit.trace(module.body, x, strict=False)
            return torch.jit.script(module)
        return torch.jit.trace(module, x, strict=False)


def from_torchvision(args):
    import torchvision
    builder = getattr(torchvision.models, args.torchvision, None)
    if builder is None or not callable(builder):
        raise ExportError(f"torchvision {torchvision.__version__} has no model '{args.torchvision}'")
    set_defaults(args, size=224, mean=IMAGENET_MEAN, std=IMAGENET_STD, resize="stretch")
    kwargs = {"weights": "DEFAULT" if args.pretrained else None}
    if args.pretrained and not args.classes and not args.embedder:
        args.classes = ",".join(torchvision.models.get_model_weights(args.torchvision).DEFAULT.meta["categories"])
    if not args.embedder:
        kwargs["num_classes"] = len(parse_classes(args.classes))
    drop = ()
    if args.torchvision.startswith(("inception", "googlenet")):  # auxiliary heads only serve training
        drop = ("AuxLogits.", "aux1.", "aux2.")
        kwargs.update({} if args.pretrained else {"aux_logits": False, "init_weights": False})
    try:
        model = builder(**kwargs)
    except ValueError as e:  # e.g. pretrained weights with another num_classes
        raise ExportError(f"cannot build {args.torchvision}: {e}")
    return split_classifier(model, args, drop)


def from_timm(args):
    try:
        import timm
        from timm.data import resolve_data_config
    except ImportError:
        fail_import("timm", "Run this script in the environment where you trained the model (pip install timm).")
    kwargs = {} if args.embedder else {"num_classes": len(parse_classes(args.classes))}
    model = timm.create_model(args.timm, pretrained=args.pretrained, **kwargs)
    cfg = resolve_data_config({}, model=model)
    set_defaults(args, size=cfg["input_size"][1:], mean=list(cfg["mean"]), std=list(cfg["std"]), resize="stretch")
    return split_classifier(model, args)


def from_yolov5(args):
    import torch
    try:
        from models.experimental import attempt_load
    except ImportError:
        fail_import("The yolov5 repository", "Clone https://github.com/ultralytics/yolov5 (for MegaDetector v5 the "
                    "commit MegaDetector's instructions name) and run with PYTHONPATH=/path/to/yolov5.")
    if not os.path.isfile(args.yolov5):
        raise ExportError(f"{args.yolov5} does not exist or is not a file")
    try:
        model = attempt_load(args.yolov5, torch.device("cpu"), inplace=True, fuse=True)
    except TypeError:  # older yolov5: attempt_load(weights, map_location)
        model = attempt_load(args.yolov5, torch.device("cpu"))
    model = model.float().eval()
    names = model.names if hasattr(model, "names") else model.module.names
    names = [names[i] for i in sorted(names)] if isinstance(names, dict) else list(names)
    if not args.classes:
        args.classes = names
    set_defaults(args, size=1280, resize="letterbox", interpolation="linear", confidence=0.2, nms_iou=0.45)
    stride = int(max(model.stride)) if hasattr(model, "stride") else 32
    if args.width % stride or args.height % stride:
        raise ExportError(f"--size must be a multiple of the model's stride {stride}")
    for m in model.modules():
        if type(m).__name__ == "Detect":
            m.inplace, m.export = True, True  # export: forward returns (predictions,) only
    x = torch.zeros(1, 3, args.height, args.width)
    with torch.no_grad():
        for _ in range(2):  # dry runs build Detect's anchor grids for this size so tracing stores them as tensors
            model(x)
        return torch.jit.trace(model, x, strict=False, check_trace=False), None


def from_module(args):
    import torch
    if not (args.kind and args.decoder):
        raise ExportError("--module needs --kind and --decoder (see --help)")
    if DECODER_KIND[args.decoder] != args.kind:
        raise ExportError(f"a {args.kind} cannot use the '{args.decoder}' decoder")
    if not os.path.isfile(args.module):
        raise ExportError(f"{args.module} does not exist or is not a file")
    try:  # already TorchScript? Ultralytics exports also carry their class names and input size
        extra = {"config.txt": ""}
        module = torch.jit.load(args.module, map_location="cpu", _extra_files=extra)
    except RuntimeError:
        module, extra = torch_load(args.module), {}
    meta = json.loads(extra["config.txt"]) if extra.get("config.txt") else {}
    if isinstance(meta.get("names"), dict) and not args.classes:
        args.classes = [meta["names"][k] for k in sorted(meta["names"], key=int)]
    set_defaults(args, size=meta.get("imgsz"))
    if isinstance(module, torch.jit.ScriptModule):
        return module, args.feature_method
    if not isinstance(module, torch.nn.Module):
        raise ExportError(f"{args.module} holds a {type(module).__name__}, not a whole model. For a state_dict use "
                          "--torchvision or --timm with --checkpoint; otherwise save it with torch.save(model).")
    return module.float().eval(), args.feature_method


def parse_classes(value):
    if value is None or isinstance(value, list):
        return value or []
    if os.path.isfile(value):
        with open(value, encoding="utf-8") as f:
            return [line.strip() for line in f if line.strip()]
    if "," not in value and (os.sep in value or value.endswith((".txt", ".names", ".csv"))):
        raise ExportError(f"the class list file {value} does not exist")
    return [c.strip() for c in value.split(",") if c.strip()]


def set_defaults(args, size=None, **defaults):
    """Fills the options the user did not give with what the source knows."""
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.size = args.size or size or 224
    sizes = [int(args.size)] if isinstance(args.size, int) else [int(s) for s in args.size]
    if len(sizes) not in (1, 2) or min(sizes) < 8:
        raise ExportError("--size takes one number (a square) or two (HEIGHT WIDTH), each at least 8")
    args.height, args.width = sizes * (3 - len(sizes))


def first_tensor(value):
    import torch
    if isinstance(value, torch.Tensor):
        return value
    if isinstance(value, (tuple, list)) and value:
        return first_tensor(value[0])
    raise ExportError(f"the model returned {type(value).__name__}, not a tensor or a tuple starting with one")


def verify(path, manifest):
    """Loads the exported file and checks a batch of 2 gives the shape the decoder reads."""
    import torch
    module = torch.jit.load(path, map_location="cpu").eval()
    inp, decoder, n = manifest["input"], manifest["output"]["decoder"], len(manifest.get("classes", []))
    x = torch.rand(2, 3, inp["height"], inp["width"])
    with torch.no_grad():
        out = first_tensor(module(x))
        shape, d = tuple(out.shape), len(out.shape)
        expect, ok = {"yolov5": (f"[2, N, {5 + n}]", d == 3 and shape[2] == 5 + n),
                      "ultralytics": (f"[2, {4 + n}, N]", d == 3 and shape[1] == 4 + n),
                      "fastestdet": (f"[2, {5 + n}, H, W]", d == 4 and shape[1] == 5 + n),
                      "logits": (f"[2, {n}]", shape == (2, n)), "probabilities": (f"[2, {n}]", shape == (2, n)),
                      "embedding": ("[2, D]", d == 2 and shape[1] > 0)}[decoder]
        if not ok or shape[0] != 2:
            raise ExportError(f"the exported model returns shape {list(shape)} for a batch of 2, but the '{decoder}' "
                              f"decoder with {n} classes needs {expect}")
        if not torch.isfinite(out).all():
            raise ExportError("the exported model returns NaN or infinite values on a test input")
        feature_shape = None
        if manifest.get("feature_method"):
            method = manifest["feature_method"]
            if not hasattr(module, method):
                raise ExportError(f"the exported model has no method '{method}' (--feature-method)")
            feature_shape = list(first_tensor(getattr(module, method)(x)).shape)
            if len(feature_shape) != 2 or feature_shape[0] != 2:
                raise ExportError(f"'{method}' returns shape {feature_shape}; [2, D] was expected")
    return list(shape), feature_shape


def build_manifest(args, weights_file, feature_method):
    classes = parse_classes(args.classes)
    manifest = {"format": "trapline-model/1", "name": args.name, "version": args.version, "kind": args.kind,
                "backend": "torchscript", "weights": weights_file}
    if classes:
        manifest["classes"] = classes
    elif args.kind != "embedder":
        raise ExportError("a detector or classifier needs --classes (a file with one class per line, or a "
                          "comma-separated list in the order of the model's outputs)")
    manifest["input"] = {"width": args.width, "height": args.height, "resize": args.resize,
                         "channel_order": args.channel_order, "scale": args.scale,
                         "mean": [float(v) for v in args.mean], "std": [float(v) for v in args.std],
                         "interpolation": args.interpolation}
    if args.resize == "letterbox":
        manifest["input"]["pad_color"] = [args.pad] * 3
    manifest["output"] = {"decoder": args.decoder}
    if args.kind != "embedder":
        manifest["thresholds"] = {"confidence": args.confidence, "nms_iou": args.nms_iou}
        taxonomy = {c: {"observation_type": TYPE_OF_LABEL[c.lower()]} for c in classes if c.lower() in TYPE_OF_LABEL}
        if taxonomy:
            manifest["taxonomy"] = taxonomy
        manifest["unlisted_classes"] = args.unlisted
    manifest["half_precision"] = args.half
    manifest["max_batch"] = args.max_batch
    if feature_method:
        manifest["feature_method"] = feature_method
    return manifest


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--torchvision", metavar="ARCH", help="torchvision architecture you trained, e.g. resnet50, "
                     "efficientnet_b0, mobilenet_v3_large, convnext_tiny, vit_b_16")
    src.add_argument("--timm", metavar="ARCH", help="timm architecture name, e.g. efficientnet_b3, "
                     "swin_tiny_patch4_window7_224 or hf-hub:BVRA/MegaDescriptor-T-224")
    src.add_argument("--yolov5", metavar="CHECKPOINT", help="a YOLOv5 or MegaDetector v5 .pt file")
    src.add_argument("--module", metavar="FILE", help="a whole model saved with torch.save(model), or a TorchScript "
                     "file; give --kind and --decoder (and the input options) yourself")
    p.add_argument("--checkpoint", metavar="FILE", help="your trained weights (a state_dict, or a dict holding it "
                   "under 'state_dict' or 'model') for --torchvision/--timm")
    p.add_argument("--pretrained", action="store_true", help="use the library's published weights instead of a "
                   "checkpoint (downloads them; useful with --embedder)")
    p.add_argument("--classes", metavar="FILE_OR_LIST", help="class names in the order of the model's outputs: a "
                   "text file with one name per line, or 'deer,boar,fox'. Detectors read them from the checkpoint")
    p.add_argument("--embedder", action="store_true", help="drop the classification layer and export the feature "
                   "vector (for re-identification or similarity search)")
    p.add_argument("--kind", choices=["detector", "classifier", "embedder"], help="what the model does (--module)")
    p.add_argument("--decoder", choices=list(DECODER_KIND), help="how to read the output (--module): yolov5 "
                   "[B,N,5+C], ultralytics [B,4+C,N], fastestdet [B,5+C,H,W], logits or probabilities [B,C], "
                   "embedding [B,D]")
    p.add_argument("--feature-method", help="(--module) name of a TorchScript method returning penultimate features")
    p.add_argument("--out", default=".", metavar="DIR", help="folder to write NAME.pt and NAME.json to (default: .)")
    p.add_argument("--name", help="model name shown in Trapline (default: from the architecture or file)")
    p.add_argument("--version", default="1", help="your version label, e.g. the training date (default: 1)")
    p.add_argument("--size", type=int, nargs="+", metavar="PX", help="input size: one number for a square, or "
                   "HEIGHT WIDTH (default: 224 classifiers, timm's own size, 1280 YOLOv5)")
    p.add_argument("--resize", choices=["letterbox", "stretch"], help="letterbox keeps the aspect ratio and pads "
                   "(detectors); stretch squeezes the image (classifiers)")
    p.add_argument("--channel-order", choices=["RGB", "BGR"], default="RGB", help="BGR if trained on cv2.imread "
                   "images without conversion (default: RGB)")
    p.add_argument("--scale", type=float, default=1 / 255, help="pixel values 0-255 are multiplied by this before "
                   "mean/std (default 1/255: 0-1 range)")
    p.add_argument("--mean", type=float, nargs=3, help="per-channel mean subtracted after scaling, in the model's "
                   "channel order (torchvision/timm: taken from the library; otherwise 0 0 0)")
    p.add_argument("--std", type=float, nargs=3, help="per-channel standard deviation (otherwise 1 1 1)")
    p.add_argument("--interpolation", choices=["auto", "linear"], help="auto: area when shrinking; linear matches "
                   "cv2.resize defaults (YOLO training)")
    p.add_argument("--pad", type=int, default=114, help="grey level of letterbox padding (default 114)")
    p.add_argument("--confidence", type=float, help="results below this score are not stored (default 0.2)")
    p.add_argument("--nms-iou", type=float, help="overlap above which boxes are merged (default 0.45)")
    p.add_argument("--unlisted", choices=["animal", "ignore"], default="animal", help="what classes other than "
                   "person/vehicle/empty count as: animals, or ignored (e.g. COCO furniture)")
    p.add_argument("--half", action="store_true", help="allow half precision on GPUs (faster; check accuracy)")
    p.add_argument("--max-batch", type=int, default=16, help="most images per forward pass (default 16)")
    args = p.parse_args(argv)
    if (args.torchvision or args.timm) and not (args.checkpoint or args.pretrained):
        p.error("--torchvision/--timm need --checkpoint FILE (or --pretrained)")
    if (args.torchvision or args.timm) and not (args.embedder or args.classes or (args.pretrained and args.torchvision)):
        p.error("a classifier needs --classes (or add --embedder)")
    return args


def main(argv=None):
    args = parse_args(argv)
    try:
        import torch
    except ImportError:
        print(f"error: PyTorch is not installed in this Python ({sys.executable})", file=sys.stderr)
        return 1
    try:
        if args.torchvision:
            try:
                import torchvision  # noqa: F401
            except ImportError:
                fail_import("torchvision", "Install it alongside PyTorch.")
            args.kind, args.decoder = ("embedder", "embedding") if args.embedder else ("classifier", "logits")
            module, feature_method = from_torchvision(args)
        elif args.timm:
            args.kind, args.decoder = ("embedder", "embedding") if args.embedder else ("classifier", "logits")
            module, feature_method = from_timm(args)
        elif args.yolov5:
            args.kind, args.decoder = "detector", "yolov5"
            module, feature_method = from_yolov5(args)
        else:
            module, feature_method = from_module(args)
        set_defaults(args, size=args.size, mean=[0.0] * 3, std=[1.0] * 3, interpolation="auto",
                     resize="letterbox" if args.kind == "detector" else "stretch", confidence=0.2, nms_iou=0.45)
        args.name = args.name or args.torchvision or args.timm or os.path.splitext(os.path.basename(
            args.yolov5 or args.module))[0]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", args.name).strip("-.") or "model"
        os.makedirs(args.out, exist_ok=True)
        weights, manifest_path = os.path.join(args.out, stem + ".pt"), os.path.join(args.out, stem + ".json")
        manifest = build_manifest(args, stem + ".pt", feature_method)
        if not isinstance(module, torch.jit.ScriptModule):
            module = to_torchscript(module, torch.rand(1, 3, args.height, args.width))
        module.save(weights)
        out_shape, feature_shape = verify(weights, manifest)
        with open(manifest_path, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=2, ensure_ascii=False)
            f.write("\n")
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - anything else: show where, then a one-line summary
        traceback.print_exc()
        print(f"error: the export failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    n = len(manifest.get("classes", []))
    print(f"Exported {args.name} ({args.kind}, decoder {args.decoder}, {n} classes)")
    print(f"  weights:  {weights} ({os.path.getsize(weights) / 1e6:.1f} MB)")
    print(f"  manifest: {manifest_path}")
    print(f"  input {args.width}x{args.height} {args.resize} {args.channel_order}; test batch of 2 -> {out_shape}"
          + (f"; {feature_method}() -> {feature_shape}" if feature_shape else ""))
    print("Add the manifest in Trapline (Models) or copy both files to its models folder.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

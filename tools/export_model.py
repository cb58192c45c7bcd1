#!/usr/bin/env python3
"""Export a trained PyTorch model to TorchScript and write its Trapline manifest.

Trapline runs models through LibTorch, so it needs a TorchScript file (NAME.pt) and a small JSON
manifest (NAME.json) saying what the model expects and what its output means. This script builds both
from the model you already have, then loads the exported file again and runs it once to prove it works.

Sources (pick one):
  --torchvision ARCH --checkpoint FILE --classes ...   a torchvision classifier you fine-tuned
  --timm ARCH --checkpoint FILE --classes ...          a timm classifier (needs timm installed)
  add --embedder to either                             keep only the feature extractor (e.g. MegaDescriptor)
  --deepfaune CHECKPOINT --classes ...                 DeepFaune (timm DINOv2 ViT, 'base_model.' keys; needs timm)
  --yolov5 CHECKPOINT                                  YOLOv5 / MegaDetector v5 (needs the yolov5 repo on PYTHONPATH)
  --ultralytics CHECKPOINT                             YOLOv8/v9, YOLOv10, RT-DETR (MegaDetector v6; needs ultralytics)
  --module FILE --kind ... --decoder ...               a whole model saved with torch.save(model), or TorchScript
  --speciesnet FILE --classes LABELS.txt               SpeciesNet's PyTorch classifier (a pickled onnx2torch module;
                                                       needs onnx2torch) with its labels file

Examples:
  python3 export_model.py --torchvision resnet50 --checkpoint best.pth --classes labels.txt --name "Deer classifier"
  python3 export_model.py --timm hf-hub:BVRA/MegaDescriptor-T-224 --pretrained --embedder --name MegaDescriptor-T
  PYTHONPATH=~/yolov5 python3 export_model.py --yolov5 md_v5a.0.0.pt --name "MegaDetector v5a" --version 5a
  python3 export_model.py --ultralytics MDV6-yolov9-c.pt --name "MegaDetector v6 YOLOv9-c"
  python3 export_model.py --module best.torchscript --kind detector --decoder ultralytics

Only load checkpoints you trust: PyTorch checkpoints are Python pickles and can run code when loaded.
Needs Python 3.8+ and PyTorch (torchvision for --torchvision). Exit status 0 on success, 1 on any problem.
"""
import argparse
import copy
import importlib.util
import json
import os
import re
import sys
import traceback
import warnings

try:
    import torch
except ImportError:
    sys.exit(f"error: PyTorch is not installed in this Python ({sys.executable}). Run this script in the "
             "environment where you trained your model.")

IMAGENET_MEAN, IMAGENET_STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
DECODER_KIND = {"yolov5": "detector", "ultralytics": "detector", "yolov10": "detector", "rt-detr": "detector",
                "fastestdet": "detector",
                "logits": "classifier", "probabilities": "classifier", "embedding": "embedder"}
# Class labels that get an observation type in the taxonomy (case-insensitive); other classes are animals
# unless --unlisted ignore.
TYPE_OF_LABEL = {"animal": "animal", "person": "human", "people": "human", "human": "human", "vehicle": "vehicle",
                 "car": "vehicle", "truck": "vehicle", "bus": "vehicle", "motorcycle": "vehicle",
                 "motorbike": "vehicle", "bicycle": "vehicle", "empty": "blank", "blank": "blank"}


class ExportError(Exception):
    """A problem the user can fix; printed without a traceback."""


class FeatureSplit(torch.nn.Module):
    """A classifier as body + final layer; features() gives what Trapline fine-tunes a new final layer on."""

    def __init__(self, body, head):
        super().__init__()
        self.body, self.head = body, head

    def forward(self, x):
        return self.head(self.body(x))

    @torch.jit.export
    def features(self, x):
        return self.body(x)


def torch_load(path):
    if not os.path.isfile(path):
        raise ExportError(f"{path} does not exist or is not a file")
    try:
        try:
            return torch.load(path, map_location="cpu", weights_only=False)
        except TypeError:  # PyTorch < 1.13 has no weights_only
            return torch.load(path, map_location="cpu")
    except (ModuleNotFoundError, AttributeError) as e:
        raise ExportError(f"{path} needs Python code that is not importable here ({e}). Pass the file that defines "
                          "your model's classes with --code, or add its folder to PYTHONPATH.")


def load_code(path):
    """Imports a .py file defining the model's classes, so that torch.save(model) files can be unpickled."""
    if not os.path.isfile(path):
        raise ExportError(f"--code {path} does not exist")
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # classes pickled by a training script run as `python3 train.py` are looked up in __main__
    vars(sys.modules["__main__"]).update({k: v for k, v in vars(module).items() if isinstance(v, type)})


def extract_state_dict(checkpoint, path):
    """A plain state_dict, or one under a usual key; strips DataParallel, torch.compile and Lightning prefixes."""
    if isinstance(checkpoint, torch.nn.Module):
        return checkpoint.state_dict()
    if not isinstance(checkpoint, dict):
        raise ExportError(f"{path} holds a {type(checkpoint).__name__}, not a state_dict or a model")
    for key in ("state_dict", "model_state_dict", "model", "net"):
        if key in checkpoint:
            return extract_state_dict(checkpoint[key], path)
    if not checkpoint or not all(isinstance(v, torch.Tensor) for v in checkpoint.values()):
        raise ExportError(f"{path} holds no state_dict: its top-level keys are {sorted(checkpoint)[:8]} "
                          "(expected tensors, or one of 'state_dict', 'model_state_dict', 'model', 'net')")
    state = dict(checkpoint)
    for prefix in ("module.", "_orig_mod.", "model.", "base_model."):  # base_model.: DeepFaune
        if all(k.startswith(prefix) for k in state):
            state = {k[len(prefix):]: v for k, v in state.items()}
    return state


def find_head(model):
    """Name and module of the final classification layer (timm's get_classifier, else the last nn.Linear)."""
    modules = dict(model.named_modules())
    head = model.get_classifier() if hasattr(model, "get_classifier") else None
    linears = [(n, m) for n, m in modules.items() if isinstance(m, torch.nn.Linear)]
    for name, module in linears[::-1]:
        if head is None or module is head:
            return name, module
    raise ExportError(f"{type(model).__name__} does not end in an nn.Linear layer this script can find; save the whole "
                      "model with torch.save(model) and use --module instead")


def replace_module(model, name, new):
    parent, _, attr = name.rpartition(".")
    setattr(model.get_submodule(parent) if parent else model, attr, new)


def load_weights(model, state, path, drop=()):
    """Strict load; names a few missing/unexpected/mismatched keys when the checkpoint does not fit."""
    state = {k: v for k, v in state.items() if not k.startswith(tuple(drop))}
    own = model.state_dict()
    problems = {"missing": [k for k in own if k not in state], "unexpected": [k for k in state if k not in own],
                "wrong shape": [f"{k} {tuple(state[k].shape)} vs model {tuple(own[k].shape)}"
                                for k in own if k in state and state[k].shape != own[k].shape]}
    if any(problems.values()):
        lines = [f"{path} does not fit the architecture:"]
        for label, keys in problems.items():
            if keys:
                more = f" (and {len(keys) - 5} more)" if len(keys) > 5 else ""
                lines.append(f"  {len(keys)} {label}: " + ", ".join(keys[:5]) + more)
        lines.append("  If only the last layer's shape differs, --classes does not list as many classes as the model "
                     "was trained with." if not problems["missing"] and not problems["unexpected"] else
                     "  Check the architecture name (e.g. resnet50 vs resnet18) and the checkpoint file.")
        raise ExportError("\n".join(lines))
    model.load_state_dict(state)


def split_classifier(model, args, drop=()):
    """Loads the checkpoint; returns the module to export and its feature method name (or None)."""
    head_name, head = find_head(model)
    if args.embedder:  # the final layer is dropped, whatever its size was
        replace_module(model, head_name, torch.nn.Identity())
        drop = (*drop, head_name + ".")
    if args.checkpoint:
        load_weights(model, extract_state_dict(torch_load(args.checkpoint), args.checkpoint), args.checkpoint, drop)
    model.eval()
    if args.embedder:
        return model, None
    x = torch.rand(1, 3, args.height, args.width)
    with torch.no_grad():
        reference, body = model(x), copy.deepcopy(model)
        replace_module(body, head_name, torch.nn.Identity())
        split = FeatureSplit(body, head).eval()
        if torch.allclose(split(x), reference, rtol=1e-4, atol=1e-4):  # the head really is the last step
            return split, "features"
    print(f"note: {head_name} is not the last step of {type(model).__name__}; exporting without features()",
          file=sys.stderr)
    return model, None


def to_torchscript(module, x):
    """Scripts the model; traces it (for a FeatureSplit only its body) where scripting fails."""
    try:
        return torch.jit.script(module)
    except Exception as e:  # noqa: BLE001 - scripting fails in many ways (e.g. some timm models)
        first = next((line for line in str(e).splitlines() if line.strip()), type(e).__name__)
        print(f"note: torch.jit.script failed ({first}); tracing instead", file=sys.stderr)
    with torch.no_grad():
        if isinstance(module, FeatureSplit):
            module.body = torch.jit.trace(module.body, x, strict=False)
            return torch.jit.script(module)
        return torch.jit.trace(module, x, strict=False)


def from_torchvision(args):
    try:
        import torchvision
    except ImportError:
        raise ExportError(f"torchvision is not installed in this Python ({sys.executable})")
    known = getattr(torchvision.models, "list_models", lambda **_: [args.torchvision])(module=torchvision.models)
    builder = getattr(torchvision.models, args.torchvision, None) if args.torchvision in known else None
    if not callable(builder) or isinstance(builder, type):
        raise ExportError(f"torchvision {torchvision.__version__} has no model '{args.torchvision}'")
    set_defaults(args, size=224, mean=IMAGENET_MEAN, std=IMAGENET_STD)
    kwargs = {"weights": "DEFAULT" if args.pretrained else None}
    if args.pretrained and not args.classes and not args.embedder:  # the published ImageNet classifier
        args.classes = torchvision.models.get_model_weights(args.torchvision).DEFAULT.meta["categories"]
    if not args.embedder:
        kwargs["num_classes"] = len(parse_classes(args.classes))
    drop = ()
    if args.torchvision.startswith(("inception", "googlenet")):  # auxiliary heads only serve training
        drop = ("AuxLogits.", "aux1.", "aux2.")
        kwargs.update({} if args.pretrained else {"aux_logits": False, "init_weights": False})
    try:
        model = builder(**kwargs)
    except ValueError as e:  # e.g. published weights with another number of classes
        raise ExportError(f"cannot build {args.torchvision}: {e}")
    return split_classifier(model, args, drop)


def import_timm():
    """timm with fused attention off: under PyTorch 2 it would emit aten::scaled_dot_product_attention, which
    LibTorch 1.13 (Debian 12) cannot load. Modules read the setting when they are built, so it is set first."""
    os.environ["TIMM_FUSED_ATTN"] = "0"
    try:
        import timm
    except ImportError:
        raise ExportError(f"timm is not installed in this Python ({sys.executable}): run this script in the "
                          "environment where you trained the model, or pip install timm")
    try:
        from timm.layers import set_fused_attn
        set_fused_attn(False)
    except ImportError:  # timm before 0.9 has no fused attention
        pass
    return timm


def from_timm(args, **create):
    timm = import_timm()
    from timm.data import resolve_data_config
    # published weights keep their own final layer; a checkpoint gets one sized to --classes
    kwargs = {"num_classes": len(parse_classes(args.classes))} if args.checkpoint and not args.embedder else {}
    model = timm.create_model(args.timm, pretrained=args.pretrained, **kwargs, **create)
    cfg = resolve_data_config({}, model=model)
    set_defaults(args, size=list(cfg["input_size"][1:]), mean=list(cfg["mean"]), std=list(cfg["std"]))
    return split_classifier(model, args)


def from_deepfaune(args):
    """DeepFaune's checkpoint: {'args': {'backbone', 'num_classes'}, 'state_dict'} of its Model, whose only child
    base_model is timm's DINOv2 ViT (vit_large_patch14_dinov2.lvd142m) built with dynamic_img_size=True; its
    classifier resizes crops to 182 px (CROP_SIZE) and normalises them with ImageNet's mean and std."""
    checkpoint = torch_load(args.deepfaune)
    meta = checkpoint.get("args") if isinstance(checkpoint, dict) else None
    if not isinstance(meta, dict) or "state_dict" not in checkpoint:
        raise ExportError(f"{args.deepfaune} is not a DeepFaune checkpoint (a dict with 'args' and 'state_dict')")
    args.timm = args.timm or meta.get("backbone") or "vit_large_patch14_dinov2.lvd142m"
    classes = parse_classes(args.classes)
    if meta.get("num_classes") is not None and len(classes) != meta["num_classes"]:
        raise ExportError(f"{args.deepfaune} has {meta['num_classes']} classes but --classes lists {len(classes)}")
    args.checkpoint = args.deepfaune  # extract_state_dict finds 'state_dict' and strips 'base_model.'
    set_defaults(args, size=182, mean=IMAGENET_MEAN, std=IMAGENET_STD, resize="stretch")
    return from_timm(args, dynamic_img_size=True)  # the size set here wins over timm's own (DINOv2's 518)


def from_yolov5(args):
    try:
        from models.experimental import attempt_load
    except ImportError:
        try:  # the packaged repository (pip install yolov5), which MegaDetector's loader also accepts
            from yolov5.models.experimental import attempt_load
        except ImportError:
            raise ExportError("the yolov5 code is not importable: clone https://github.com/ultralytics/yolov5 (for "
                              "MegaDetector v5, the version its instructions name) and set PYTHONPATH=/path/to/yolov5, "
                              "or pip install yolov5")
    if not os.path.isfile(args.yolov5):
        raise ExportError(f"{args.yolov5} does not exist or is not a file")
    try:
        model = attempt_load(args.yolov5, torch.device("cpu"), inplace=True, fuse=True)
    except TypeError:  # older yolov5: attempt_load(weights, map_location)
        model = attempt_load(args.yolov5, torch.device("cpu"))
    except ModuleNotFoundError:
        # The pip package's attempt_load imports huggingface_hub for remote names even for a local file; load
        # the checkpoint the way MegaDetector's PTDetector does instead.
        checkpoint = torch_load(args.yolov5)
        model = (checkpoint.get("ema") or checkpoint["model"]).float().fuse()
    model = model.float().eval()
    names = model.names if hasattr(model, "names") else model.module.names
    args.classes = args.classes or ([names[i] for i in sorted(names)] if isinstance(names, dict) else list(names))
    set_defaults(args, size=1280, interpolation="linear")
    stride = int(max(model.stride)) if hasattr(model, "stride") else 32
    detects = [m for m in model.modules() if type(m).__name__ == "Detect"]
    dynamic = bool(detects) and all(hasattr(m, "dynamic") for m in detects)
    if dynamic:
        args.pad_to_stride = args.pad_to_stride or stride
    elif not args.pad_to_stride:
        print("note: this yolov5 code cannot make its grids from the input size (no Detect.dynamic, yolov5 before "
              "6.2), so images are letterboxed to the full --size, unlike MegaDetector's own runs", file=sys.stderr)
    args.decode = args.decode or "full"
    if args.width % stride or args.height % stride:
        raise ExportError(f"--size must be a multiple of the model's stride, {stride}")
    for m in model.modules():
        if type(m).__name__ == "Detect":
            # export: forward returns (predictions,) only. dynamic: the grids are made from the input's size on
            # every call, so the traced model takes any size that is a multiple of the stride, as MegaDetector's
            # letterbox makes them (--pad-to-stride).
            m.inplace, m.export, m.dynamic = True, True, True
    x = torch.zeros(1, 3, args.height, args.width)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        for _ in range(2):  # dry runs build Detect's grids for this size, so tracing stores them as constants
            model(x)
        return torch.jit.trace(model, x, strict=False, check_trace=False), None


def ultralytics_family(model):
    """The decoder for an Ultralytics detection model, from its head: Detect, Detect with end2end (YOLOv10) or
    RTDETRDecoder."""
    head = model.model[-1] if hasattr(model, "model") and len(model.model) else None
    name = type(head).__name__
    if name == "RTDETRDecoder":
        return "rt-detr"
    if name in ("Detect", "v10Detect"):
        return "yolov10" if getattr(head, "end2end", False) else "ultralytics"
    raise ExportError(f"this Ultralytics model ends in {name or 'nothing'}, not a detection head (Detect, v10Detect "
                      "or RTDETRDecoder): only detectors are supported")


def from_ultralytics(args):
    """An Ultralytics checkpoint (YOLOv8/v9, YOLOv10, RT-DETR: MegaDetector v6 and v1000 cedar/larch/sorrel) traced
    without its post-processing: the raw head output, so no torchvision::nms op; Trapline does NMS where needed."""
    os.environ.setdefault("YOLO_OFFLINE", "true")  # no update checks or downloads
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")  # never pip install anything
    try:
        from ultralytics.nn.tasks import attempt_load_one_weight
    except ImportError as e:
        raise ExportError(f"the ultralytics package is not importable here ({e}): pip install ultralytics (on "
                          "Debian's python3-torch: pip install --no-deps ultralytics==8.3.40, see "
                          "scripts/install-reference-python.sh)")
    if not os.path.isfile(args.ultralytics):
        raise ExportError(f"{args.ultralytics} does not exist or is not a file")
    model, checkpoint = attempt_load_one_weight(args.ultralytics, device="cpu", fuse=True)
    model = model.float().eval()
    args.decoder = ultralytics_family(model)
    names = model.names
    args.classes = args.classes or ([names[i] for i in sorted(names)] if isinstance(names, dict) else list(names))
    imgsz = (checkpoint.get("train_args") or {}).get("imgsz") if isinstance(checkpoint, dict) else None
    stride = int(max(model.stride)) if hasattr(model, "stride") else 32
    if args.decoder == "rt-detr":
        # RT-DETR's predictor stretches every image to the square input (LetterBox scaleFill) and its boxes are
        # shares of the input; the traced decoder keeps the anchors of this one size.
        set_defaults(args, size=imgsz if isinstance(imgsz, int) else 640, resize="stretch", interpolation="linear")
    else:
        # YOLO's predictor letterboxes to the next multiple of the stride (LetterBox auto=True): dynamic heads
        # make their anchors from the input's size on every call.
        args.pad_to_stride = args.pad_to_stride or stride
        set_defaults(args, size=imgsz if isinstance(imgsz, int) else 640, interpolation="linear")
        if args.width % stride or args.height % stride:
            raise ExportError(f"--size must be a multiple of the model's stride, {stride}")
    args.decode = args.decode or "full"  # cv2.imread's full decode, then cv2.resize
    if args.nms_iou is None:
        args.nms_iou = 0.7  # the predictor's default iou
    for m in model.modules():
        if type(m).__name__ in ("Detect", "v10Detect", "RTDETRDecoder"):
            m.export, m.format = True, "torchscript"
            m.dynamic = args.decoder != "rt-detr"
            if hasattr(m, "max_det"):
                m.max_det = 300
    x = torch.zeros(1, 3, args.height, args.width)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        for _ in range(2):
            model(x)
        return torch.jit.trace(model, x, strict=False, check_trace=False), None


def from_module(args):
    if not (args.kind and args.decoder):
        raise ExportError("--module needs --kind and --decoder (see --help)")
    if DECODER_KIND[args.decoder] != args.kind:
        raise ExportError(f"a {args.kind} cannot use the '{args.decoder}' decoder")
    if not os.path.isfile(args.module):
        raise ExportError(f"{args.module} does not exist or is not a file")
    extra = {"config.txt": ""}  # Ultralytics TorchScript exports keep class names and input size there
    try:
        module = torch.jit.load(args.module, map_location="cpu", _extra_files=extra)
    except RuntimeError:  # not TorchScript
        module, extra = torch_load(args.module), {}
    meta = json.loads(extra["config.txt"]) if extra.get("config.txt") else {}
    if isinstance(meta.get("names"), dict) and not args.classes:
        args.classes = [meta["names"][k] for k in sorted(meta["names"], key=int)]
    set_defaults(args, size=meta.get("imgsz"), **({"interpolation": "linear"} if meta else {}))
    if not isinstance(module, torch.nn.Module):  # ScriptModule is one too
        raise ExportError(f"{args.module} holds a {type(module).__name__}, not a whole model. For a state_dict use "
                          "--torchvision or --timm with --checkpoint; otherwise save it with torch.save(model).")
    return module.float().eval(), args.feature_method


SPECIESNET_SIZE = 480  # speciesnet/classifier.py IMG_SIZE


def export_speciesnet(args):
    """SpeciesNet's classifier: NHWC 480x480 input, stretched, 0-1, logits over its labels file.

    SpeciesNet publishes the whole model pickled (an onnx2torch GraphModule), which it loads with
    torch.load(weights_only=False); it takes [B, 480, 480, 3]. Its crops are resized bilinearly without
    antialiasing (classifier.py), hence interpolation "linear". The labels file is copied next to the model and
    named in the manifest: its lines are the classes, in output order.
    """
    if not os.path.isfile(args.speciesnet):
        raise ExportError(f"{args.speciesnet} does not exist or is not a file")
    if not args.classes or not os.path.isfile(args.classes):
        raise ExportError("--speciesnet needs --classes LABELS.txt, SpeciesNet's labels file from the same model "
                          "folder (e.g. always_crop_99710272_22x8_v12_epoch_00148.labels.txt)")
    with open(args.classes, encoding="utf-8") as f:
        labels = [line.strip() for line in f if line.strip()]
    bad = next((label for label in labels if label.count(";") != 6), None)
    if bad is not None:
        raise ExportError(f"{args.classes} is not a SpeciesNet labels file: '{bad}' is not "
                          "uuid;class;order;family;genus;species;common name")
    try:
        module = torch.load(args.speciesnet, map_location="cpu", weights_only=False)
    except ModuleNotFoundError as e:
        raise ExportError(f"reading {args.speciesnet} needs the Python package '{e.name}' "
                          "(pip install --no-deps onnx2torch onnx)")
    if not isinstance(module, torch.nn.Module):
        raise ExportError(f"{args.speciesnet} holds a {type(module).__name__}, not SpeciesNet's whole model")
    module = module.float().eval()
    args.name = args.name or "SpeciesNet"
    args.kind, args.decoder = "classifier", "speciesnet"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", args.name).strip("-.") or "model"
    weights, manifest_path = os.path.join(args.out, stem + ".pt"), os.path.join(args.out, stem + ".json")
    labels_file = stem + ".labels.txt"
    size = args.width = args.height = SPECIESNET_SIZE
    args.resize = "stretch"
    x = torch.rand(1, size, size, 3)
    with torch.no_grad():
        reference = first_tensor(module(x))
        traced = torch.jit.trace(module, x, strict=False, check_trace=False)
    os.makedirs(args.out, exist_ok=True)
    traced.save(weights)
    try:
        loaded = torch.jit.load(weights, map_location="cpu").eval()
        batch = torch.rand(2, size, size, 3)
        with torch.no_grad():
            out, again = first_tensor(loaded(batch)), first_tensor(module(batch))
            same = first_tensor(loaded(x))
        if tuple(out.shape) != (2, len(labels)):
            raise ExportError(f"the exported model returns shape {list(out.shape)} for a batch of 2, but "
                              f"{args.classes} has {len(labels)} labels")
        if not torch.allclose(out, again, rtol=1e-4, atol=1e-4) or not torch.allclose(same, reference, atol=1e-4):
            raise ExportError("the traced model does not give the original's outputs")
    except BaseException:
        os.remove(weights)
        raise
    with open(os.path.join(args.out, labels_file), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")
    manifest = {"format": "trapline-model/1", "name": args.name, "version": args.version, "kind": "classifier",
                "backend": "torchscript", "weights": stem + ".pt", "classes": labels_file,
                "input": {"width": size, "height": size, "layout": "NHWC", "resize": "stretch",
                          "interpolation": "linear", "channel_order": "RGB", "scale": 1 / 255},
                "output": {"decoder": "speciesnet"},
                "thresholds": {"confidence": args.confidence}, "half_precision": args.half,
                "max_batch": min(args.max_batch, 8)}  # SpeciesNet's own crop batch
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return weights, manifest_path, manifest, ([2, len(labels)], None)


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
    """Fills in the options the user did not give with what the source knows."""
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.size = args.size or size or 224
    sizes = [int(args.size)] if isinstance(args.size, int) else [int(s) for s in args.size]
    if len(sizes) not in (1, 2) or min(sizes) < 8:
        raise ExportError("--size takes one number (a square) or two (HEIGHT WIDTH), each at least 8")
    args.height, args.width = sizes * (3 - len(sizes))


def first_tensor(value):
    if isinstance(value, torch.Tensor):
        return value
    if isinstance(value, (tuple, list)) and value:
        return first_tensor(value[0])
    raise ExportError(f"the model returned {type(value).__name__}, not a tensor or a tuple starting with one")


def verify(path, manifest):
    """Loads the exported file and checks a batch of 2 gives the shape the decoder reads."""
    module = torch.jit.load(path, map_location="cpu").eval()
    decoder, n = manifest["output"]["decoder"], len(manifest.get("classes", []))
    x = torch.rand(2, 3, manifest["input"]["height"], manifest["input"]["width"])
    with torch.no_grad():
        out = first_tensor(module(x))
        shape, d = tuple(out.shape), out.dim()
        expect, ok = {"yolov5": (f"[2, N, {5 + n}]", d == 3 and shape[2] == 5 + n),
                      "ultralytics": (f"[2, {4 + n}, N]", d == 3 and shape[1] == 4 + n),
                      "yolov10": ("[2, N, 6]", d == 3 and shape[2] == 6),
                      "rt-detr": (f"[2, N, {4 + n}]", d == 3 and shape[2] == 4 + n),
                      "fastestdet": (f"[2, {5 + n}, H, W]", d == 4 and shape[1] == 5 + n),
                      "logits": (f"[2, {n}]", shape == (2, n)), "probabilities": (f"[2, {n}]", shape == (2, n)),
                      "embedding": ("[2, D]", d == 2 and shape[1] > 0)}[decoder]
        if not ok or shape[0] != 2:
            raise ExportError(f"the exported model returns shape {list(shape)} for a batch of 2 images, but the "
                              f"'{decoder}' decoder with {n} classes needs {expect}")
        if not torch.isfinite(out).all():
            raise ExportError("the exported model returns NaN or infinite values for a test input")
        stride = manifest["input"].get("pad_to_stride")
        if stride and manifest["input"]["height"] > stride:
            # A letterbox padded to the stride gives inputs of other shapes: a model traced with fixed grids
            # would silently return the boxes of the traced shape.
            flat = torch.rand(1, 3, manifest["input"]["height"] - stride, manifest["input"]["width"])
            try:
                rows = first_tensor(module(flat)).shape[1]
            except RuntimeError as e:
                raise ExportError(f"the exported model cannot take a smaller input ({str(e).splitlines()[0]}); "
                                  f"it cannot take --pad-to-stride {stride}")
            if decoder == "ultralytics":
                rows, full = first_tensor(module(flat)).shape[2], shape[2]
            else:
                full = shape[1]
            if decoder in ("yolov5", "ultralytics") and rows >= full:
                raise ExportError(f"the exported model ignores the input size ({rows} boxes for a smaller input, "
                                  f"{full} for the full size); it cannot take --pad-to-stride {stride}")
        method, feature_shape = manifest.get("feature_method"), None
        if method:
            if not hasattr(module, method):
                raise ExportError(f"the exported model has no method '{method}' (--feature-method)")
            feature_shape = list(first_tensor(getattr(module, method)(x)).shape)
            if len(feature_shape) != 2 or feature_shape[0] != 2:
                raise ExportError(f"{method}() returns shape {feature_shape}; [2, D] is needed")
    return list(shape), feature_shape


def build_manifest(args, weights_file, feature_method):
    classes = parse_classes(args.classes)
    if not classes and args.kind != "embedder":
        raise ExportError("a detector or classifier needs --classes (a file with one class per line, or a "
                          "comma-separated list in the order of the model's outputs)")
    manifest = {"format": "trapline-model/1", "name": args.name, "version": args.version, "kind": args.kind,
                "backend": "torchscript", "weights": weights_file, **({"classes": classes} if classes else {}),
                "input": {"width": args.width, "height": args.height, "resize": args.resize,
                          "channel_order": args.channel_order, "scale": args.scale,
                          "mean": [float(v) for v in args.mean], "std": [float(v) for v in args.std],
                          "interpolation": args.interpolation},
                "output": {"decoder": args.decoder}}
    if args.resize == "letterbox":
        manifest["input"]["pad_color"] = [args.pad] * 3
        if args.pad_to_stride:
            manifest["input"]["pad_to_stride"] = args.pad_to_stride
    if args.decode:
        manifest["input"]["decode"] = args.decode
    if args.kind != "embedder":
        manifest["thresholds"] = {"confidence": args.confidence, "nms_iou": args.nms_iou}
        taxonomy = {c: {"observation_type": TYPE_OF_LABEL[c.lower()]} for c in classes if c.lower() in TYPE_OF_LABEL}
        manifest.update({"taxonomy": taxonomy} if taxonomy else {}, unlisted_classes=args.unlisted)
    manifest.update(half_precision=args.half, max_batch=args.max_batch)
    if feature_method:
        manifest["feature_method"] = feature_method
    return manifest


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--torchvision", metavar="ARCH", help="the torchvision architecture you trained, e.g. resnet50, "
                     "efficientnet_b0, mobilenet_v3_large, convnext_tiny, vit_b_16")
    src.add_argument("--timm", metavar="ARCH", help="the timm architecture, e.g. efficientnet_b3, "
                     "swin_tiny_patch4_window7_224, or hf-hub:BVRA/MegaDescriptor-T-224")
    src.add_argument("--yolov5", metavar="CHECKPOINT", help="a YOLOv5 or MegaDetector v5 .pt file")
    src.add_argument("--deepfaune", metavar="CHECKPOINT", help="a DeepFaune classifier .pt file (needs timm and "
                     "--classes in the order of its txt_animalclasses)")
    src.add_argument("--ultralytics", metavar="CHECKPOINT", help="an Ultralytics detector .pt file: YOLOv8/v9, "
                     "YOLOv10 or RT-DETR (MegaDetector v6, v1000 cedar/larch/sorrel); needs the ultralytics package")
    src.add_argument("--speciesnet", metavar="FILE", help="SpeciesNet's PyTorch classifier file (a pickled "
                     "onnx2torch module); give its labels file with --classes")
    src.add_argument("--module", metavar="FILE", help="a whole model saved with torch.save(model), or a TorchScript "
                     "file (e.g. from `yolo export format=torchscript`); give --kind and --decoder yourself")
    g = p.add_argument_group("what the model is")
    g.add_argument("--checkpoint", metavar="FILE", help="your trained weights for --torchvision/--timm: a "
                   "state_dict, or a dict holding it under 'state_dict' or 'model'")
    g.add_argument("--pretrained", action="store_true", help="use the library's published weights instead of a "
                   "checkpoint (downloads them; mostly for --embedder)")
    g.add_argument("--classes", metavar="FILE_OR_LIST", help="class names in the order of the model's outputs: a "
                   "text file with one name per line, or 'red deer,wild boar,empty'. YOLOv5 files carry their own")
    g.add_argument("--embedder", action="store_true", help="drop the final layer and export the feature vector "
                   "(for re-identifying individuals or finding similar images)")
    g.add_argument("--kind", choices=["detector", "classifier", "embedder"], help="what the model does (--module)")
    g.add_argument("--decoder", choices=list(DECODER_KIND), help="how its output is read (--module): yolov5 "
                   "[B,N,5+C], ultralytics [B,4+C,N], fastestdet [B,5+C,H,W], logits or probabilities [B,C], "
                   "embedding [B,D]")
    g.add_argument("--feature-method", help="(--module) name of a TorchScript method returning penultimate features")
    g.add_argument("--code", metavar="FILE.py", help="(--module) the Python file defining your model's classes, "
                   "needed to read a torch.save(model) file")
    o = p.add_argument_group("output")
    o.add_argument("--out", default=".", metavar="DIR", help="folder for NAME.pt and NAME.json (default: .)")
    o.add_argument("--name", help="the model's name in Trapline (default: the architecture or file name)")
    o.add_argument("--version", default="1", help="your version label, e.g. the training date (default: 1)")
    i = p.add_argument_group("how images are prepared (defaults come from the source where it knows them)")
    i.add_argument("--size", type=int, nargs="+", metavar="PX", help="input size: one number for a square, or "
                   "HEIGHT WIDTH (default: 224 torchvision, timm's own, 1280 YOLOv5, 224 otherwise)")
    i.add_argument("--resize", choices=["letterbox", "stretch"], help="letterbox keeps the aspect ratio and pads "
                   "(default for detectors); stretch squeezes the whole image in (default for classifiers)")
    i.add_argument("--channel-order", choices=["RGB", "BGR"], default="RGB", help="BGR if the model was trained on "
                   "cv2.imread images without conversion (default: RGB)")
    i.add_argument("--scale", type=float, default=1 / 255, help="pixel values 0-255 are multiplied by this first "
                   "(default 1/255, giving 0-1)")
    i.add_argument("--mean", type=float, nargs=3, help="per-channel mean subtracted after scaling, in the model's "
                   "channel order (default: torchvision/timm's, else 0 0 0)")
    i.add_argument("--std", type=float, nargs=3, help="per-channel standard deviation divided by (else 1 1 1)")
    i.add_argument("--interpolation", choices=["auto", "linear"], help="auto: area averaging when shrinking; linear "
                   "matches cv2.resize defaults (YOLO training; default for --yolov5)")
    i.add_argument("--pad", type=int, default=114, help="grey level of letterbox padding, 0-255 (default 114)")
    i.add_argument("--decode", choices=["reduced", "full"], help="full: decode JPEGs at full size before resizing, "
                   "as YOLOv5 and MegaDetector do (default for --yolov5); reduced: let Trapline use libjpeg's "
                   "faster 1/2-1/8 decode where the image is over twice the input size (default)")
    i.add_argument("--pad-to-stride", type=int, metavar="PX", help="letterbox: pad only up to the next multiple of "
                   "PX instead of to the full --size, so the input keeps the image's shape (YOLOv5's and "
                   "MegaDetector's letterbox; default for --yolov5: the model's stride). The model must take "
                   "any such size")
    r = p.add_argument_group("results")
    r.add_argument("--confidence", type=float, default=0.2, help="scores below this are not stored (default 0.2)")
    r.add_argument("--nms-iou", type=float, help="overlap above which boxes of one class are merged "
                   "(default 0.45; 0.7 for --ultralytics, as its predictor)")
    r.add_argument("--unlisted", choices=["animal", "ignore"], default="animal", help="classes other than "
                   "person/vehicle/empty count as animals (default), or are ignored (e.g. COCO's furniture)")
    r.add_argument("--half", action="store_true", help="allow half precision on GPUs (faster; check accuracy)")
    r.add_argument("--max-batch", type=int, default=16, help="most images per forward pass (default 16)")
    args = p.parse_args(argv)
    if (args.torchvision or args.timm) and not args.deepfaune and not (args.checkpoint or args.pretrained):
        p.error("--torchvision and --timm need --checkpoint FILE (or --pretrained)")
    if (args.torchvision or args.timm) and not args.deepfaune and not (args.embedder or args.classes or args.pretrained):
        p.error("a classifier needs --classes (or add --embedder)")
    return args


def export(args):
    """Builds, saves and verifies the model; returns (manifest path, manifest, verified shapes)."""
    if args.code:
        load_code(args.code)
    if args.speciesnet:
        return export_speciesnet(args)
    if args.deepfaune:
        if args.embedder or not args.classes:
            raise ExportError("--deepfaune needs --classes (DeepFaune's class names in the order of its outputs)")
        args.kind, args.decoder = "classifier", "logits"
        module, feature_method = from_deepfaune(args)
    elif args.torchvision or args.timm:
        args.kind, args.decoder = ("embedder", "embedding") if args.embedder else ("classifier", "logits")
        module, feature_method = from_torchvision(args) if args.torchvision else from_timm(args)
    elif args.yolov5:
        args.kind, args.decoder = "detector", "yolov5"
        module, feature_method = from_yolov5(args)
    elif args.ultralytics:
        args.kind = "detector"
        module, feature_method = from_ultralytics(args)
    else:
        module, feature_method = from_module(args)
    set_defaults(args, mean=[0.0] * 3, std=[1.0] * 3, interpolation="auto",
                 resize="letterbox" if args.kind == "detector" else "stretch")
    if args.nms_iou is None:
        args.nms_iou = 0.45
    args.name = args.name or args.torchvision or args.timm or os.path.splitext(os.path.basename(
        args.yolov5 or args.ultralytics or args.deepfaune or args.module))[0]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", args.name).strip("-.") or "model"
    weights, manifest_path = os.path.join(args.out, stem + ".pt"), os.path.join(args.out, stem + ".json")
    if os.path.abspath(weights) in {os.path.abspath(f) for f in (args.module, args.yolov5, args.ultralytics, args.deepfaune, args.checkpoint) if f}:
        raise ExportError(f"{weights} would overwrite your input file: choose another --out folder or --name")
    manifest = build_manifest(args, stem + ".pt", feature_method)
    if not isinstance(module, torch.jit.ScriptModule):
        module = to_torchscript(module, torch.rand(1, 3, args.height, args.width))
    os.makedirs(args.out, exist_ok=True)
    module.save(weights)
    try:
        shapes = verify(weights, manifest)
    except BaseException:
        os.remove(weights)  # leave no model behind that Trapline could not use
        raise
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return weights, manifest_path, manifest, shapes


def main(argv=None):
    args = parse_args(argv)
    try:
        weights, manifest_path, manifest, (out_shape, feature_shape) = export(args)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - anything else: show where, then a one-line summary
        traceback.print_exc()
        print(f"error: the export failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    classes = manifest.get("classes", [])
    count = len(classes) if isinstance(classes, list) else out_shape[-1]
    print(f"Exported {args.name} ({args.kind}, decoder {args.decoder}, {count} classes)")
    print(f"  weights:  {weights} ({os.path.getsize(weights) / 1e6:.1f} MB)")
    print(f"  manifest: {manifest_path}")
    print(f"  input {args.width}x{args.height} {args.resize} {args.channel_order}; a test batch of 2 gives {out_shape}"
          + (f"; {manifest['feature_method']}() gives {feature_shape}" if feature_shape else ""))
    print(f"Keep both files together. Check: trapline-cli model-check {manifest_path}; "
          f"use: trapline-cli infer PROJECT --model {manifest_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

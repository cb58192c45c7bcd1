#!/usr/bin/env bash
# Tests tools/export_model.py end to end with small models made on the spot (no downloads):
#   (a) a torchvision resnet18 classifier from a 3-class state_dict, plus the errors for a wrong class count
#       and a missing checkpoint
#   (b) mobilenet_v3_small exported as an embedder (its 3-class head dropped)
#   (c) --module: a tiny scripted detector returning ([B, N, 5+C],), the same model pickled with
#       torch.save(model) and read through --code, and a class count that does not match its output
#   (d) --yolov5 against a stand-in for the yolov5 repository's models.experimental.attempt_load
# Usage: test_export_model.sh [PATH/TO/trapline-cli]: with the CLI, every exported manifest must also pass
# `trapline-cli model-check` (Trapline's own manifest reader and LibTorch).
# Exit status: 0 passed, 1 failed, 77 skipped (no Python with torch and torchvision; CTest SKIP_RETURN_CODE).
# PYTHON=/path/to/python3 picks the interpreter; otherwise the first of python3, /usr/bin/python3 with torch.
set -euo pipefail
cli="${1:+$(cd "$(dirname "$1")" && pwd)/$(basename "$1")}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script="$here/export_model.py"
py=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import torch, torchvision" 2>/dev/null; then
        py="$candidate"
        break
    fi
done
if [ -z "$py" ]; then
    echo "SKIP: no python3 with torch and torchvision (python3 -c 'import torch, torchvision' fails)"
    exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export PYTHONDONTWRITEBYTECODE=1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# run NAME ARGS...: the export must succeed
run() { local name="$1"; shift; echo "== $name"; "$py" "$script" "$@" || fail "$name exited $?"; }
# refuse NAME PATTERN ARGS...: the export must fail with a message matching PATTERN
refuse() {
    local name="$1" pattern="$2"; shift 2; echo "== $name (must fail)"
    if "$py" "$script" "$@" >out.txt 2>&1; then fail "$name succeeded"; fi
    grep -q -- "$pattern" out.txt || { cat out.txt; fail "$name: no message matching '$pattern'"; }
}
# check FILE.json PYTHON-EXPRESSION...: each expression over the manifest m must be true
check() {
    "$py" - "$@" <<'EOF' || fail "manifest checks of $1"
import json, sys
m = json.load(open(sys.argv[1]))
bad = [e for e in sys.argv[2:] if not eval(e, {"m": m})]
for e in bad:
    print(f"  not true: {e}\n  manifest: {json.dumps(m)}")
sys.exit(1 if bad else 0)
EOF
}

"$py" - <<'EOF'
import torch, torchvision
torch.manual_seed(0)
resnet = torchvision.models.resnet18(weights=None, num_classes=3)
# as a DataParallel training loop saves it: under 'state_dict', every key prefixed with 'module.'
torch.save({"epoch": 7, "state_dict": {"module." + k: v for k, v in resnet.state_dict().items()}}, "resnet18.pth")
torch.save(torchvision.models.mobilenet_v3_small(weights=None, num_classes=3).state_dict(), "mobilenet.pth")
open("labels.txt", "w").write("red deer\nwild boar\nempty\n")
open("tinydet.py", "w").write('''import torch

class TinyDetector(torch.nn.Module):
    """YOLOv5-style output: ([B, N, 5 + C],) with N = one box per 8x8 cell."""
    def __init__(self, classes=2):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 5 + classes, 3, stride=8, padding=1)

    def forward(self, x):
        return (self.conv(x).flatten(2).transpose(1, 2).sigmoid(),)
''')
import tinydet
torch.jit.script(tinydet.TinyDetector()).save("tinydet_scripted.pt")
torch.save(tinydet.TinyDetector(), "tinydet_pickled.pt")
EOF
mkdir -p fake_yolov5/models
touch fake_yolov5/models/__init__.py
cat >fake_yolov5/models/experimental.py <<'EOF'
"""Stand-in for yolov5's models.experimental: MegaDetector's class names, a stride, a lazily built Detect grid."""
import torch


class Detect(torch.nn.Module):
    def __init__(self, nc=3):
        super().__init__()
        self.no, self.export, self.inplace, self.grid = nc + 5, False, False, [torch.empty(0)]
        self.conv = torch.nn.Conv2d(3, self.no, 1)

    def forward(self, x):
        x = self.conv(torch.nn.functional.avg_pool2d(x, 32))
        b, _, ny, nx = x.shape
        if self.grid[0].shape[2:4] != x.shape[2:4]:
            yv, xv = torch.meshgrid(torch.arange(ny), torch.arange(nx), indexing="ij")
            self.grid[0] = torch.stack((xv, yv), 2).view(1, 1, ny, nx, 2).float()
        y = x.view(b, self.no, ny, nx).permute(0, 2, 3, 1).sigmoid().unsqueeze(1)
        z = torch.cat(((y[..., :2] + self.grid[0]) * 32, y[..., 2:4] * 64, y[..., 4:]), -1).view(b, -1, self.no)
        return (z,) if self.export else (z, x)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.names, self.stride = {0: "animal", 1: "person", 2: "vehicle"}, torch.tensor([32.0])
        self.model = torch.nn.Sequential(Detect())

    def forward(self, x):
        return self.model(x)


def attempt_load(weights, device=None, inplace=True, fuse=True):
    open(weights, "rb").close()
    return Model()
EOF
touch md_v5_standin.pt

# (a) torchvision classifier
run "resnet18 classifier" --torchvision resnet18 --checkpoint resnet18.pth --classes labels.txt \
    --name "Deer test" --version 2024-05 --out a
check a/Deer-test.json 'm["format"] == "trapline-model/1"' 'm["kind"] == "classifier"' \
    'm["backend"] == "torchscript"' 'm["weights"] == "Deer-test.pt"' 'm["output"]["decoder"] == "logits"' \
    'm["classes"] == ["red deer", "wild boar", "empty"]' 'm["version"] == "2024-05"' \
    'm["input"]["width"] == m["input"]["height"] == 224' 'm["input"]["resize"] == "stretch"' \
    'm["input"]["channel_order"] == "RGB"' 'm["input"]["mean"] == [0.485, 0.456, 0.406]' \
    'm["input"]["std"] == [0.229, 0.224, 0.225]' 'abs(m["input"]["scale"] - 1 / 255) < 1e-9' \
    'm["feature_method"] == "features"' 'm["taxonomy"] == {"empty": {"observation_type": "blank"}}'
"$py" - <<'EOF' || fail "resnet18 export differs from the checkpoint"
import torch, torchvision
ref = torchvision.models.resnet18(weights=None, num_classes=3)
ref.load_state_dict({k[len("module."):]: v for k, v in torch.load("resnet18.pth")["state_dict"].items()})
exported = torch.jit.load("a/Deer-test.pt")
x = torch.rand(2, 3, 224, 224)
with torch.no_grad():
    assert torch.allclose(exported(x), ref.eval()(x), atol=1e-4), "logits differ"
    assert exported.features(x).shape == (2, 512), "features() shape"
EOF
refuse "resnet18 with 2 classes" "wrong shape: fc.weight" --torchvision resnet18 --checkpoint resnet18.pth \
    --classes deer,boar --out a2
refuse "resnet34 architecture" "missing: layer1.2" --torchvision resnet34 --checkpoint resnet18.pth \
    --classes labels.txt --out a2
refuse "missing checkpoint" "does not exist" --torchvision resnet18 --checkpoint nowhere.pth --classes a,b,c --out a2

# (b) embedder
run "mobilenet_v3_small embedder" --torchvision mobilenet_v3_small --checkpoint mobilenet.pth --embedder --out b
check b/mobilenet_v3_small.json 'm["kind"] == "embedder"' 'm["output"]["decoder"] == "embedding"' \
    '"classes" not in m' '"feature_method" not in m'
"$py" -c "
import torch
m = torch.jit.load('b/mobilenet_v3_small.pt')
assert tuple(m(torch.rand(2, 3, 224, 224)).shape) == (2, 1024)" || fail "embedder output shape"

# (c) --module
run "scripted detector" --module tinydet_scripted.pt --kind detector --decoder yolov5 --classes deer,person \
    --size 128 --half --out c
check c/tinydet_scripted.json 'm["kind"] == "detector"' 'm["output"]["decoder"] == "yolov5"' \
    'm["input"]["resize"] == "letterbox"' 'm["input"]["pad_color"] == [114, 114, 114]' \
    'm["input"]["width"] == 128' 'm["half_precision"] is True' \
    'm["taxonomy"] == {"person": {"observation_type": "human"}}' 'm["thresholds"] == {"confidence": 0.2, "nms_iou": 0.45}'
mkdir elsewhere
cd elsewhere  # the pickle names the module tinydet, importable only through --code from here
run "pickled detector with --code" --module ../tinydet_pickled.pt --code ../tinydet.py \
    --kind detector --decoder yolov5 --classes deer,person --size 64 96 --out ../c
cd "$work"
check c/tinydet_pickled.json 'm["input"]["height"] == 64' 'm["input"]["width"] == 96'
refuse "detector with 3 classes" "needs \[2, N, 8\]" --module tinydet_scripted.pt --kind detector \
    --decoder yolov5 --classes deer,person,car --size 128 --out c3
[ ! -e c3/tinydet_scripted.pt ] || fail "a model that failed verification was left behind"
refuse "classifier with a box decoder" "cannot use" --module tinydet_scripted.pt --kind classifier \
    --decoder yolov5 --classes a --out c3

# (d) --yolov5 through the stand-in
PYTHONPATH="$work/fake_yolov5" run "yolov5 stand-in" --yolov5 md_v5_standin.pt --size 640 --name "MD stand-in" --out d
check d/MD-stand-in.json 'm["classes"] == ["animal", "person", "vehicle"]' 'm["input"]["interpolation"] == "linear"' \
    'm["taxonomy"]["person"]["observation_type"] == "human"' 'm["taxonomy"]["vehicle"]["observation_type"] == "vehicle"'
refuse "yolov5 without its code" "PYTHONPATH" --yolov5 md_v5_standin.pt --out d2

# (e) --speciesnet: a stand-in for SpeciesNet's pickled onnx2torch module (NHWC in, one logit per label), saved
# whole with torch.save as SpeciesNet publishes its model; the real architecture needs onnx2torch and the real file.
cat > snstandin.py <<'EOF'
import torch
class NhwcNet(torch.nn.Module):
    def __init__(self, n):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, stride=8)
        self.fc = torch.nn.Linear(4, n)
    def forward(self, x):
        x = torch.nn.functional.relu(self.conv(x.permute(0, 3, 1, 2)))
        return self.fc(x.mean(dim=[2, 3]))
EOF
printf '%s\n' "ddf59264-185a-4d35-b647-2785792bdf54;mammalia;carnivora;felidae;panthera;leo;lion" \
    "f1856211-cfb7-4a5b-9158-c0f72fd09ee6;;;;;;blank" "e2895ed5-780b-48f6-8a11-9e27cb594511;;;;;;vehicle" > snlabels.txt
"$py" -c "import torch, snstandin; torch.manual_seed(0); torch.save(snstandin.NhwcNet(3).eval(), 'snstandin.pt')"
PYTHONPATH="$work" run "speciesnet stand-in" --speciesnet snstandin.pt --classes snlabels.txt --name "SpeciesNet test" \
    --out e
check e/SpeciesNet-test.json 'm["output"]["decoder"] == "speciesnet"' 'm["input"]["layout"] == "NHWC"' \
    'm["input"]["width"] == 480 and m["input"]["height"] == 480' 'm["input"]["resize"] == "stretch"' \
    'm["classes"] == "SpeciesNet-test.labels.txt"' 'abs(m["input"]["scale"] - 1 / 255) < 1e-12'
cmp -s snlabels.txt e/SpeciesNet-test.labels.txt || fail "the SpeciesNet labels were not copied unchanged"
"$py" - <<'EOF' || fail "speciesnet export differs from the pickled module"
import sys, torch
sys.path.insert(0, ".")
ref = torch.load("snstandin.pt", weights_only=False)
m = torch.jit.load("e/SpeciesNet-test.pt")
x = torch.rand(2, 480, 480, 3)
assert torch.allclose(ref(x), m(x), atol=1e-5)
EOF
printf 'not;a;label\n' > badlabels.txt
PYTHONPATH="$work" refuse "speciesnet with a plain class list" "not a SpeciesNet labels file" --speciesnet snstandin.pt \
    --classes badlabels.txt --out e2

if [ -n "$cli" ]; then
    for manifest in a/Deer-test.json b/mobilenet_v3_small.json c/tinydet_scripted.json c/tinydet_pickled.json \
        d/MD-stand-in.json e/SpeciesNet-test.json; do
        echo "== trapline-cli model-check $manifest"
        "$cli" model-check "$manifest" --device cpu || fail "model-check $manifest"
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures export_model check(s) failed"
    exit 1
fi
echo "export_model.py: all checks passed"

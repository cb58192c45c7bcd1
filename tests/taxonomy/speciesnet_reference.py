"""SpeciesNet's own ensemble functions on random score tables: the reference side of tst_speciesnet_ensemble.

Loads the modules of the installed `speciesnet` package (scripts/install-reference-python.sh pins it) that the
ensemble uses: constants, taxonomy_utils, geofence_utils, ensemble_prediction_combiner, and ensemble (for its
_load_taxonomy_from_file). The package's __init__ imports its whole model stack (cloud storage, Kaggle and Hugging
Face clients, torch), which the ensemble does not use and --no-deps does not install, so the package is entered
without running __init__, and speciesnet.utils, which ensemble.py imports only for ModelInfo and the whole-image
pseudo-detection, is a stand-in. Nothing else of the package is replaced.

  --check                 import everything, exit 0 (the install script's check)
  --out FILE --taxonomy T --labels L [--seed N] [--cases K]
                          writes FILE: JSON with, per case set, the taxonomy lines and geofence used and the cases
                          (top-5 classes and scores, detection, location) with the package's answer.

Case sets:
  package-tests  the taxonomy and geofence fixtures of the package's own tests (speciesnet/geofence_utils_test.py
                 and ensemble_prediction_combiner_test.py, read from the installed package), with random score
                 tables over their labels.
  release        the real taxonomy_release.txt and classifier labels (../shared/data/speciesnet-taxonomy), with a
                 random geofence over real taxa (geofence_release.json is not in ../shared/data).
"""

import argparse
import importlib
import importlib.util
import json
import os
import random
import sys
import types


def load_speciesnet():
    spec = importlib.util.find_spec("speciesnet")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("speciesnet is not installed (scripts/install-reference-python.sh)")
    package = types.ModuleType("speciesnet")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["speciesnet"] = package
    utils = types.ModuleType("speciesnet.utils")
    utils.ModelInfo = object
    utils.whole_image_detection = lambda: {"category": "0", "label": "whole_image_classification", "conf": 1.0,
                                           "bbox": [0.0, 0.0, 1.0, 1.0]}
    sys.modules["speciesnet.utils"] = utils
    mods = {}
    for name in ["constants", "taxonomy_utils", "geofence_utils", "ensemble_prediction_combiner", "ensemble"]:
        mods[name] = importlib.import_module("speciesnet." + name)
    return mods


def fixture(module, name):
    f = getattr(module, name)
    wrapped = getattr(f, "__pytest_wrapped__", None)
    return wrapped.obj() if wrapped is not None else f()


def random_scores(rng, n):
    # A top score spread over the ensemble's thresholds (0.4, 0.5, 0.65, 0.8, 0.99), the rest shared out.
    top = rng.choice([rng.uniform(0.05, 1.0), rng.uniform(0.6, 0.85), rng.uniform(0.95, 1.0), rng.uniform(0.3, 0.7)])
    rest = [rng.random() for _ in range(n - 1)]
    total = sum(rest) or 1.0
    left = (1.0 - top) * rng.uniform(0.3, 1.0)
    scores = [top] + sorted((r / total * left for r in rest), reverse=True)
    return sorted(scores, reverse=True)


def make_cases(rng, count, labels_pool, related, geofence, regions, mods):
    comb = mods["ensemble_prediction_combiner"]
    geo = mods["geofence_utils"]
    constants = mods["constants"]
    countries = sorted({c for rules in geofence.values() for kind in rules.values() for c in kind}) + ["BRA", "IND"]
    specials = [constants.Classification.BLANK.value, constants.Classification.HUMAN.value,
                constants.Classification.VEHICLE.value]
    cases = []
    for _ in range(count):
        first = rng.choice(labels_pool + specials if rng.random() < 0.3 else labels_pool)
        # Relatives of the top class (same genus, family or order) make roll-ups and geofence roll-ups happen.
        pool = related(first) if rng.random() < 0.8 else labels_pool
        others = [l for l in pool if l != first]
        rng.shuffle(others)
        chosen = [first] + others[:4]
        while len(chosen) < 5:
            extra = rng.choice(labels_pool + specials)
            if extra not in chosen:
                chosen.append(extra)
        scores = random_scores(rng, 5)
        detection = {"label": rng.choice(["animal", "animal", "human", "vehicle"]),
                     "conf": rng.choice([0.0, rng.uniform(0, 1), rng.uniform(0.15, 0.25), rng.uniform(0.45, 0.75)])}
        country = rng.choice(countries + [None])
        admin1 = rng.choice(regions + [None, None]) if country == "USA" else None
        enable = rng.random() < 0.9
        out = comb.combine_predictions(
            classifications_list=[{"classes": chosen, "scores": scores}], detections=[detection], country=country,
            admin1_region=admin1, taxonomy_map=TAXONOMY_MAP, geofence_map=geofence, enable_geofence=enable,
            geofence_fn=geo.geofence_animal_classification, roll_up_fn=geo.roll_up_labels_to_first_matching_level)[0]
        cases.append({"classes": chosen, "scores": scores, "detection": detection, "country": country or "",
                      "admin1_region": admin1 or "", "enable_geofence": enable, "expected": out})
    return cases


TAXONOMY_MAP = {}


def relatives_by(labels):
    def related(label):
        parts = label.split(";")
        for keep in (4, 3, 2):  # same genus, else family, else order
            if len(parts) == 7 and parts[keep]:
                prefix = ";".join(parts[1:keep + 1]) + ";"
                group = [l for l in labels if ";".join(l.split(";")[1:keep + 1]) + ";" == prefix]
                if len(group) >= 3:
                    return group
        return labels
    return related


def package_tests_set(rng, count, mods):
    global TAXONOMY_MAP
    test = importlib.import_module("speciesnet.geofence_utils_test")
    TAXONOMY_MAP = fixture(test, "taxonomy_map")
    geofence = fixture(test, "geofence_map")
    labels = sorted(set(TAXONOMY_MAP.values()) | {test.PUMA, test.SAND_CAT})
    animals = [l for l in labels if l.split(";")[1] and l != test.HUMAN]
    cases = make_cases(rng, count, animals, relatives_by(animals), geofence, ["AK", "CA", "NY", "TX"], mods)
    return {"name": "package-tests", "taxonomy": sorted(TAXONOMY_MAP.values()), "taxonomy_map": TAXONOMY_MAP,
            "geofence": geofence, "cases": cases}


def random_geofence(rng, labels):
    countries = ["USA", "KEN", "TZA", "GBR", "FRA", "AUS", "CAN", "ZAF"]
    geofence = {}
    for label in rng.sample(labels, min(len(labels), 900)):
        parts = label.split(";")
        keep = rng.choice([5, 5, 5, 4, 3])  # species, genus or family rules
        fc = ";".join(parts[1:keep + 1] + [""] * (5 - keep))
        rules = {}
        if rng.random() < 0.6:
            rules["allow"] = {c: (rng.sample(["CA", "NY", "AK", "TX"], rng.randint(1, 2)) if c == "USA" and
                                  rng.random() < 0.5 else []) for c in rng.sample(countries, rng.randint(1, 4))}
        if rng.random() < 0.5:
            rules["block"] = {c: (rng.sample(["CA", "NY", "AK", "TX"], 1) if c == "USA" and rng.random() < 0.5
                                  else []) for c in rng.sample(countries, rng.randint(1, 3))}
        geofence[fc] = rules
    return geofence


def release_set(rng, count, mods, taxonomy_path, labels_path):
    global TAXONOMY_MAP
    TAXONOMY_MAP = mods["ensemble"]._load_taxonomy_from_file(taxonomy_path)
    with open(labels_path, encoding="utf-8") as fp:
        labels = [line.strip() for line in fp if line.strip()]
    animals = [l for l in labels if l.split(";")[1] and "no cv result" not in l
               and l != mods["constants"].Classification.HUMAN.value]
    geofence = random_geofence(rng, animals)
    cases = make_cases(rng, count, animals, relatives_by(animals), geofence, ["CA", "NY", "AK", "TX"], mods)
    return {"name": "release", "geofence": geofence, "cases": cases}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--check", action="store_true")
    p.add_argument("--out")
    p.add_argument("--taxonomy")
    p.add_argument("--labels")
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--cases", type=int, default=2000)
    args = p.parse_args()
    mods = load_speciesnet()
    if args.check:
        importlib.import_module("speciesnet.geofence_utils_test")
        return
    rng = random.Random(args.seed)
    sets = [package_tests_set(rng, args.cases // 4, mods)]
    if args.taxonomy and args.labels and os.path.exists(args.taxonomy):
        sets.append(release_set(rng, args.cases, mods, args.taxonomy, args.labels))
    import speciesnet.ensemble_prediction_combiner as c  # noqa: the module actually used, for the record
    with open(args.out, "w", encoding="utf-8") as fp:
        json.dump({"speciesnet_file": c.__file__, "sets": sets}, fp)


if __name__ == "__main__":
    main()

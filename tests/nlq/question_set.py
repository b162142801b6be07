"""What the three question sets' build_questions.py share: the entry builders (E, CHART,
SCATTER), the consistency checks, and writing datasets.json and questions.jsonl with gold
rows recomputed by load.py. Each set keeps only its questions and its id prefix.
"""

import collections
import os
import sys

import load

CLASSES = ["plain", "row_nouns", "measure_words", "short_forms", "values", "comparatives",
           "superlative_rows", "arithmetic_periods", "charts", "counting_listing",
           "context_words"]


class QuestionSet:
    def __init__(self, id_prefix, datasets, directory):
        self.id_prefix = id_prefix
        self.datasets = datasets
        self.directory = directory
        self.entries = []

    def E(self, ds, cls, difficulty, question, sql, tags, order=False, kind="table", **extra):
        assert cls in CLASSES, cls
        assert ds in self.datasets, ds
        e = {"id": "%s-%03d" % (self.id_prefix, len(self.entries) + 1), "dataset": ds, "difficulty": difficulty,
             "question": question, "gold_sql": " ".join(sql.split()), "order_matters": order,
             "kind": kind, "tags": tags, "class": cls}
        e.update(extra)
        self.entries.append(e)

    def SCATTER(self, ds, difficulty, question, sql, tags=()):
        """A scatter chart: gold rows are the (x, y) points, x first; order is free."""
        self.E(ds, "charts", difficulty, question, sql, ["visualization", "scatter"] + list(tags),
               kind="visualization")

    def CHART(self, ds, difficulty, question, sql, tags, order=False):
        self.E(ds, "charts", difficulty, question, sql, ["visualization"] + tags, order=order,
               kind="visualization")

    def problems(self):
        problems = []
        for e in self.entries:
            scatter = "scatter" in e["tags"]
            if scatter and e["kind"] != "visualization":
                problems.append("%s: scatter entries are visualizations" % e["id"])
            if scatter and e["order_matters"]:
                problems.append("%s: scatter points have no order" % e["id"])
            if e["kind"] == "visualization" and "visualization" not in e["tags"]:
                problems.append("%s: visualization entries carry the visualization tag" % e["id"])
            if e["kind"] == "visualization" and e["class"] != "charts":
                problems.append("%s: visualization outside the charts class" % e["id"])
        return problems

    def write(self):
        """datasets.json, gold rows from the tables, then questions.jsonl; exits 1 on a problem."""
        manifest = os.path.join(self.directory, "datasets.json")
        load.write_manifest(manifest, self.datasets)
        problems = self.problems() + load.make_gold(self.entries, manifest)
        for p in problems:
            print("PROBLEM", p)
        if problems:
            sys.exit(1)
        load.write_set(self.entries, os.path.join(self.directory, "questions.jsonl"))
        by_class = collections.Counter(e["class"] for e in self.entries)
        by_ds = collections.Counter(e["dataset"] for e in self.entries)
        print("wrote %d entries to questions.jsonl" % len(self.entries))
        print("per class:   " + ", ".join("%s %d" % (c, by_class[c]) for c in CLASSES))
        print("per dataset: " + ", ".join("%s %d" % (d, by_ds[d]) for d in self.datasets))

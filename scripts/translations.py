#!/usr/bin/env python3
"""The translations of Figestió Sync (DESIGN §7): translations/figestio_{ca,es,en}.ts.

The source of truth for the Catalan and Spanish (and English plural) texts is the table
translations/strings.tsv (one row per string: context, source, ca, es, en). The .ts files are
generated from it over what lupdate finds in app/ and core/:

  translations.py update   lupdate app/ core/, fix the contexts (below), fill every string from
                           the table, write the three .ts files; lists what the table lacks
                           (exit 1 then; those strings stay "unfinished")
  translations.py missing  prints the rows the table lacks, ready to fill in and append
  translations.py prune    drops table rows whose words no source uses any more
  translations.py check    (the `translations` test) fails on an unfinished or empty
                           translation, on a string lupdate finds that the .ts files lack, on
                           placeholders (%1, %n) that differ from the source, and on a tr() whose
                           context lupdate cannot know

Contexts: several sources translate through a file-local helper,
    QString tr(const char *text) { return QCoreApplication::translate("Ctx", text); }
lupdate sees those calls as tr() of the enclosing namespace or class and files them under
"figestio" or "figestio::Class", which the running app never asks for. Messages whose lupdate
context is such a guess (it warns "lacks Q_OBJECT", or the context is a bare namespace) are
moved to the context of their file's helper. Without a helper the string cannot be translated at
run time: `check` reports it.

TSV: tab-separated, UTF-8; "\\n" and "\\t" stand for a newline and a tab; plural forms are
separated by " || " (Catalan/Spanish/English have two: singular || plural). The en column is
needed for plurals; elsewhere it is optional and rewords the English UI (e.g. core messages that
name Syncthing read "the sync service" to the user); empty means the source text itself.
"""
import functools
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
LANGS = {"ca": "ca_ES", "es": "es_ES", "en": "en_US"}
TABLE = os.path.join(ROOT, "translations", "strings.tsv")
SOURCES = ["app", "core"]
HELPER = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
    r'QCoreApplication::translate\(\s*"([^"]+)"', re.S)
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def ts_path(lang):
    return os.path.join(ROOT, "translations", f"figestio_{lang}.ts")


def esc(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unesc(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m[1], m[0]), text,
                  flags=re.S)


def load_table():
    table = {}
    if not os.path.exists(TABLE):
        return table
    with open(TABLE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                sys.exit(f"{TABLE}:{lineno}: expected context, source, ca, es[, en]")
            ctx, src, ca, es = (unesc(c) for c in cols[:4])
            en = unesc(cols[4]) if len(cols) > 4 and cols[4] else ""
            table[(ctx, src)] = {"ca": ca, "es": es, "en": en}
    return table


def run_lupdate():
    """lupdate over the sources → [(context, source, numerus, comment, files)], bogus contexts."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "probe.ts")
        proc = subprocess.run(
            [LUPDATE, "-no-obsolete", "-locations", "absolute", "-source-language", "en",
             "-target-language", "ca_ES", *[os.path.join(ROOT, s) for s in SOURCES], "-ts", out],
            capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"lupdate failed:\n{proc.stdout}{proc.stderr}")
        bogus = set(re.findall(r"Class '([^']+)' lacks Q_OBJECT macro", proc.stdout + proc.stderr))
        tree = ET.parse(out)
        messages = []
        for ctx_el in tree.getroot().iter("context"):
            ctx = ctx_el.findtext("name")
            for m in ctx_el.iter("message"):
                files = [os.path.normpath(os.path.join(tmp, loc.get("filename")))
                         for loc in m.iter("location")]
                messages.append({
                    "context": ctx,
                    "source": m.findtext("source"),
                    "comment": m.findtext("comment"),
                    "numerus": m.get("numerus") == "yes",
                    "files": files,
                })
    return messages, bogus


def namespaces():
    names = set()
    for src in SOURCES:
        for dirpath, _, files in os.walk(os.path.join(ROOT, src)):
            for fn in files:
                if fn.endswith((".cpp", ".h")):
                    with open(os.path.join(dirpath, fn), encoding="utf-8", errors="replace") as f:
                        names.update(re.findall(r"\bnamespace\s+([\w:]+)\s*\{", f.read()))
    full = set()
    for n in names:
        parts = n.split("::")
        for i in range(1, len(parts) + 1):
            full.add("::".join(parts[:i]))
    return full


@functools.lru_cache(maxsize=None)
def helper_context(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            m = HELPER.search(f.read())
    except OSError:
        return None
    return m.group(1) if m else None


def runtime_messages():
    """What the app asks for at run time: lupdate's messages with the contexts fixed."""
    messages, bogus = run_lupdate()
    spaces = namespaces()
    fixed, problems, seen = [], [], set()
    for m in messages:
        contexts = [m["context"]]
        if m["context"] in bogus or m["context"] in spaces or m["context"] == "":
            # One message per file helper: the same words may come from several files.
            contexts = []
            for f in m["files"]:
                helper = helper_context(f)
                if helper is None:
                    problems.append(f"{os.path.relpath(f, ROOT)}: tr(\"{m['source']}\") has no "
                                    f"context the app can ask for (lupdate guessed "
                                    f"\"{m['context']}\"); use Q_OBJECT, Q_DECLARE_TR_FUNCTIONS "
                                    "or QCoreApplication::translate(\"Ctx\", \"...\")")
                elif helper not in contexts:
                    contexts.append(helper)
        for ctx in contexts:
            key = (ctx, m["source"], m["comment"] or "")
            if key in seen:
                continue
            seen.add(key)
            fixed.append(dict(m, context=ctx))
    fixed.sort(key=lambda m: (m["context"], m["source"]))
    return fixed, problems


def lookup(table, m, lang):
    row = table.get((m["context"], m["source"]))
    if row is None:  # the same words elsewhere (moved code) translate alike
        for (ctx, src), r in table.items():
            if src == m["source"]:
                row = r
                break
    if row is None:
        return None
    if lang == "en":
        if m["numerus"]:
            return row["en"] or None
        return row["en"] or m["source"]
    return row[lang] or None


def forms(text):
    parts = text.split(" || ")
    return [p.strip() for p in parts] if len(parts) > 1 else parts


def write_ts(lang, messages, table):
    root = ET.Element("TS", version="2.1", language=LANGS[lang], sourcelanguage="en")
    missing = []
    by_ctx = {}
    for m in messages:
        by_ctx.setdefault(m["context"], []).append(m)
    for ctx in sorted(by_ctx):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for m in by_ctx[ctx]:
            attrs = {"numerus": "yes"} if m["numerus"] else {}
            el = ET.SubElement(c, "message", attrs)
            ET.SubElement(el, "source").text = m["source"]
            if m["comment"]:
                ET.SubElement(el, "comment").text = m["comment"]
            text = lookup(table, m, lang)
            tr = ET.SubElement(el, "translation")
            if text is None:
                tr.set("type", "unfinished")
                missing.append(m)
                if m["numerus"]:
                    for _ in range(2):
                        ET.SubElement(tr, "numerusform").text = ""
                continue
            if m["numerus"]:
                for f in forms(text):
                    ET.SubElement(tr, "numerusform").text = f
            else:
                tr.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(ts_path(lang), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


def missing_rows(messages, table):
    rows = []
    for m in messages:
        if any(lookup(table, m, lang) is None for lang in ("ca", "es", "en")):
            en = m["source"].replace("(s)", "") + " || " + m["source"].replace("(s)", "s") \
                if m["numerus"] else ""
            rows.append("\t".join([esc(m["context"]), esc(m["source"]), "", "", esc(en)]))
    return rows


def cmd_update():
    table = load_table()
    messages, problems = runtime_messages()
    missing = {}
    for lang in LANGS:
        for m in write_ts(lang, messages, table):
            missing.setdefault((m["context"], m["source"]), []).append(lang)
    print(f"translations: {len(messages)} strings written to translations/figestio_{{ca,es,en}}.ts")
    for p in problems:
        print("context problem: " + p)
    if missing:
        print(f"translations: {len(missing)} strings lack a translation in {TABLE}:")
        for (ctx, src), langs in missing.items():
            print(f"  [{','.join(langs)}] {ctx}: {esc(src)}")
        print("Add them (scripts/translations.py missing >> translations/strings.tsv, then fill "
              "in the ca/es columns) and run scripts/update-translations again.")
        return 1
    return 1 if problems else 0


def cmd_missing():
    table = load_table()
    messages, _ = runtime_messages()
    for row in missing_rows(messages, table):
        print(row)
    return 0


def cmd_prune():
    messages, _ = runtime_messages()
    used = {m["source"] for m in messages}
    with open(TABLE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    kept, dropped = [], 0
    for line in lines:
        cols = line.split("\t")
        if line and not line.startswith("#") and len(cols) >= 2 and unesc(cols[1]) not in used:
            dropped += 1
            continue
        kept.append(line)
    with open(TABLE, "w", encoding="utf-8") as f:
        f.write("\n".join(kept))
    print(f"translations: dropped {dropped} unused rows from {os.path.relpath(TABLE, ROOT)}")
    return 0


def parse_ts(lang):
    tree = ET.parse(ts_path(lang))
    out = {}
    for c in tree.getroot().iter("context"):
        ctx = c.findtext("name")
        for m in c.iter("message"):
            out[(ctx, m.findtext("source"))] = m
    return out


def cmd_check():
    errors = []
    messages, problems = runtime_messages()
    errors += problems
    wanted = {(m["context"], m["source"]) for m in messages}
    for lang in LANGS:
        path = os.path.relpath(ts_path(lang), ROOT)
        if not os.path.exists(ts_path(lang)):
            errors.append(f"{path} is missing")
            continue
        have = parse_ts(lang)
        for key in sorted(wanted - set(have)):
            errors.append(f"{path}: not translated (run scripts/update-translations): {key[0]}: {esc(key[1])}")
        for (ctx, src), m in have.items():
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            where = f"{path}: {ctx}: {esc(src)}"
            if kind in ("unfinished", "missing"):
                errors.append(f"{where}: unfinished")
                continue
            texts = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" \
                else [tr.text or ""]
            if m.get("numerus") == "yes" and len(texts) != 2:
                errors.append(f"{where}: expected 2 plural forms, found {len(texts)}")
            for t in texts:
                if not t.strip():
                    errors.append(f"{where}: empty translation")
                    continue
                want = set(PLACEHOLDER.findall(src)) - {"%n"}
                got = set(PLACEHOLDER.findall(t)) - {"%n"}
                if want != got:
                    errors.append(f"{where}: placeholders {sorted(got)} differ from the source's {sorted(want)}")
    for e in errors:
        print("translations: " + e)
    print(f"translations: {len(wanted)} strings checked in {len(LANGS)} languages, "
          f"{len(errors)} problem(s)")
    return 1 if errors else 0


COMMANDS = {"update": cmd_update, "missing": cmd_missing, "prune": cmd_prune, "check": cmd_check}

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd not in COMMANDS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(COMMANDS)}")
    sys.exit(COMMANDS[cmd]())

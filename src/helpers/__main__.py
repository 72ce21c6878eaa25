"""Command line: ``python -m helpers process|report|benchmark``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import paths


def _process(args: argparse.Namespace) -> int:
    from .load import InputError
    from .pipeline import process_path

    try:
        summary = process_path(
            args.input,
            args.out,
            progress=None if not args.no_progress else False,
            sentiment=not args.no_sentiment,
            published=args.published,
            max_chars=args.max_chars,
            timex=not args.no_timex,
            workers=args.workers,
            scheduler=args.scheduler,
            **({"partition_size": args.partition_size} if args.partition_size else {}),
            resume=not args.restart,
        )
    except (InputError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    print(summary.line())
    return 0


def _report(args: argparse.Namespace) -> int:
    from .load import InputError
    from .report import build_reports

    try:
        index = build_reports(input_dir=args.input, processed=args.processed, out=args.out, published=args.published)
    except (InputError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"reports written: {index}")
    return 0


def _benchmark(args: argparse.Namespace) -> int:
    from .benchmark import run_benchmark

    run_benchmark(args.input, limit=args.limit)
    return 0


def _benchmark_scale(args: argparse.Namespace) -> int:
    from .scaling import run_scaling

    run_scaling(
        args.source,
        sizes=tuple(args.sizes),
        workers=tuple(args.workers),
        resume_size=args.resume_size or None,
        work_dir=args.work_dir,
    )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    if not (args.gold / "attributions").is_dir() or not (args.gold / "text").is_dir():
        print(f"error: {args.gold} must hold text/ and attributions/ folders (brat standoff)", file=sys.stderr)
        return 2
    errors: list[dict] | None = [] if args.errors else None
    print(format_report(evaluate(args.gold, limit=args.limit, errors=errors)))
    if args.errors:
        from .evaluate import errors_frame

        frame = errors_frame(errors)
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(args.errors, index=False)
        counts = frame["error"].value_counts()
        told = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("speaker", "missed", "false"))
        print(f"{len(frame)} disagreements ({told}) -> {args.errors}")
    return 0


def _sentiment_train(args: argparse.Namespace) -> int:
    from .sentiment_eval import train, write_model

    lexicon, params = train(args.train)
    folder = Path(__file__).parent / "data"
    write_model(lexicon, params, folder)
    print(f"{len(lexicon)} words, parameters {params} -> {folder}")
    return 0


def _sentiment_eval(args: argparse.Namespace) -> int:
    from .sentiment_eval import run

    run(args.data)
    return 0


def _timex_eval(args: argparse.Namespace) -> int:
    from .timex_eval import run

    if not args.gold.is_dir():
        print(f"error: {args.gold} is not a folder of TimeML (.tml) files", file=sys.stderr)
        return 2
    print(run(args.gold, baseline=not args.no_baseline, split=args.split, show_errors=args.errors))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("process", help="read articles and write Parquet tables")
    p.add_argument("input", type=Path, help="a file or folder of articles (.txt, .json, .jsonl, .csv, .html)")
    p.add_argument("--out", type=Path, default=paths.processed_dir(), help="output folder (default: %(default)s)")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.add_argument("--no-sentiment", action="store_true", help="do not score the quotations (faster)")
    p.add_argument("--no-timex", action="store_true", help="do not look for time expressions (faster)")
    p.add_argument("--published", default=None, help="publication date (YYYY-MM-DD) for articles that do not state one")
    p.add_argument(
        "--max-chars",
        type=int,
        default=25_000_000,
        help="articles longer than this are reported as failed, not processed (default: %(default)s)",
    )
    p.add_argument("--workers", type=int, default=None, help="worker processes on this machine (default: one per core)")
    p.add_argument(
        "--scheduler",
        default=None,
        help="address of a running Dask scheduler (e.g. tcp://10.0.0.5:8786) to use instead",
    )
    p.add_argument(
        "--partition-size",
        type=int,
        default=None,
        help="articles per partition, the unit of work and of resuming (default: 250)",
    )
    p.add_argument("--restart", action="store_true", help="redo every partition instead of resuming an interrupted run")
    p.set_defaults(func=_process)

    r = sub.add_parser("report", help="process the articles, run every notebook and write HTML reports")
    r.add_argument("--input", type=Path, default=paths.raw_dir(), help="articles (default: %(default)s)")
    r.add_argument(
        "--processed", type=Path, default=paths.processed_dir(), help="where the tables go (default: %(default)s)"
    )
    r.add_argument("--out", type=Path, default=paths.reports_dir(), help="reports folder (default: %(default)s)")
    r.add_argument("--published", default=None, help="publication date (YYYY-MM-DD) for articles that do not state one")
    r.set_defaults(func=_report)

    b = sub.add_parser("benchmark", help="speed and sentence-break errors on a folder of articles")
    b.add_argument("input", type=Path)
    b.add_argument("--limit", type=int, default=None, help="use only the first N files")
    b.set_defaults(func=_benchmark)

    bs = sub.add_parser("benchmark-scale", help="articles/s and peak memory by corpus size and workers; resume cost")
    bs.add_argument("source", type=Path, help="articles to repeat, e.g. ../shared/data/polnear/data/train/text")
    bs.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes (articles)")
    bs.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="numbers of workers to compare")
    bs.add_argument(
        "--resume-size", type=int, default=10_000, help="corpus size of the kill-and-resume test (0: skip it)"
    )
    bs.add_argument("--work-dir", type=Path, default=None, help="keep corpora and tables here (default: a temp dir)")
    bs.set_defaults(func=_benchmark_scale)

    e = sub.add_parser("evaluate", help="score quotes and speakers against annotated attributions (brat)")
    e.add_argument("gold", type=Path, help="folder with text/ and attributions/, e.g. polnear/data/dev")
    e.add_argument("--limit", type=int, default=None, help="use only the first N annotated articles")
    e.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="also write one CSV row per disagreement (wrong speaker, missed or false quotation), with offsets",
    )
    e.set_defaults(func=_evaluate)

    st = sub.add_parser("sentiment-train", help="learn the news lexicon and thresholds from a training file")
    st.add_argument("train", type=Path, help="JSON lines with text and label, e.g. newsmtsc/train.jsonl")
    st.set_defaults(func=_sentiment_train)

    se = sub.add_parser("sentiment-eval", help="accuracy, macro-F1 and rank correlation on sentiment dev files")
    se.add_argument("data", type=Path, help="folder with newsmtsc/dev.jsonl and semeval2007/dev.jsonl")
    se.set_defaults(func=_sentiment_eval)

    te = sub.add_parser("timex-eval", help="score time expressions against TimeML files (e.g. TimeBank)")
    te.add_argument("gold", type=Path, help="folder of .tml files, e.g. ../shared/data/timeml/timebank")
    te.add_argument("--no-baseline", action="store_true", help="do not run dateparser for comparison")
    te.add_argument(
        "--split", choices=["all", "train", "test"], default="all", help="documents to use (default: %(default)s)"
    )
    te.add_argument("--errors", type=int, default=0, help="list the first N errors (development)")
    te.set_defaults(func=_timex_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

"""Run a command and report its own peak RSS and CPU time (for the benchmarks).

    python bench/_peak.py RESULT.json -- COMMAND [ARG ...]

Why a launcher: Linux counts the RSS a process had *before* exec in its ru_maxrss (the forked
copy of the parent's memory), so a child started straight from a benchmark that holds a mirror
or a data set reports the benchmark's size when it is bigger than its own. This launcher is a
bare interpreter (a few MB); its child's ru_maxrss is therefore the command's own peak as long
as that peak is above the launcher's size. stdin/stdout/stderr are passed through. Writes
{"maxrss_kb", "utime", "stime", "exit_code"} to RESULT.json and exits with the command's code.
"""

import json
import os
import sys


def main() -> None:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit("usage: _peak.py RESULT.json -- COMMAND [ARG ...]")
    result, command = sys.argv[1], sys.argv[3:]
    pid = os.fork()
    if pid == 0:  # the child: become the command
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w") as out:
        json.dump({"maxrss_kb": usage.ru_maxrss, "utime": usage.ru_utime, "stime": usage.ru_stime,
                   "exit_code": code, "launcher_maxrss_kb": __import__("resource").getrusage(0).ru_maxrss}, out)
    sys.exit(code if code >= 0 else 1)


if __name__ == "__main__":
    main()

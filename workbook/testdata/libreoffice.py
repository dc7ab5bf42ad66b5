"""Fill monitoring workbooks with a real LibreOffice Calc, headless.

Usage: python3 libreoffice.py JOBS.json

JOBS.json lists documents to open, change and save as XLSX:
  {"profile": DIR, "jobs": [{"in": PATH, "out": PATH, "steps": [...]}]}
Steps, in order:
  {"op": "type", "sheet": S, "cell": "H7", "text": "1.234,5"}
      typed on the keyboard: Calc reads it as an Italian user's input
      (numbers, dates, percentages), and checks it like a user's typing
  {"op": "paste", "sheet": S, "cell": C, "text": T}   pasted as plain text
  {"op": "textformat", "sheet": S, "cell": C}         cell formatted as Text
  {"op": "unprotect", "sheet": S}
  {"op": "sort", "sheet": S, "range": "A6:M10", "field": 2, "descending": true}
  {"op": "hide", "sheet": S, "column": "G"}
LibreOffice is slow to start: its profile is set up once for all the jobs,
and each document then gets a soffice of its own (see main).
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue, UnknownPropertyException
from com.sun.star.lang import DisposedException, Locale
from com.sun.star.uno import RuntimeException
from com.sun.star.table import TableSortField


class Ritenta(Exception):
    """Calc misbehaved, not the workbook: the job runs again."""


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


# UTF-8 for file names (C.UTF-8 is always there; it_IT.UTF-8 often is
# not, and then names with accents or dashes cannot be opened); Italian for
# what is typed, through Calc's own locale setting (see run_once).
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")


def soffice(profile):
    return ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
            "--norestore", "--nologo", "--nodefault"]


def setup(profile):
    # A new profile makes soffice restart itself once after setting it up,
    # dropping whoever was connected: set it up first, and wait.
    subprocess.run(soffice(profile) + ["--terminate_after_init"], env=ENV, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


def connect(profile):
    pipe = "piano%d" % os.getpid()
    proc = subprocess.Popen(soffice(profile) + ["--accept=pipe,name=%s;urp;" % pipe], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            return proc, resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                raise SystemExit("LibreOffice non risponde")
            time.sleep(0.1)  # waiting for soffice to open its pipe


def configure(smgr, ctx, path, values):
    provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  (prop("nodepath", path),))
    for name, value in values.items():
        access.setPropertyValue(name, value)
    access.commitChanges()


def column_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def run_job(desktop, dispatcher, job):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job["in"]), "_blank", 0, (prop("Hidden", True),))
    if doc is None or not doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
        # A loaded Calc hands back something else now and then, under
        # load: the job starts again.
        raise Ritenta("LibreOffice non ha aperto «%s» come foglio di calcolo" % os.path.basename(job["in"]))
    controller = doc.getCurrentController()
    frame = controller.getFrame()
    for step in job["steps"]:
        sheet = doc.Sheets.getByName(step["sheet"])
        op = step["op"]
        if op == "type":
            controller.setActiveSheet(sheet)
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", step["cell"]),))
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", step["text"]),))
        elif op == "paste":
            sheet.getCellRangeByName(step["cell"]).setString(step["text"])
        elif op == "textformat":
            formats = doc.NumberFormats
            locale = Locale("it", "IT", "")
            key = formats.queryKey("@", locale, False)
            if key == -1:
                key = formats.addNew("@", locale)
            sheet.getCellRangeByName(step["cell"]).NumberFormat = key
        elif op == "unprotect":
            sheet.unprotect("")
        elif op == "sort":
            field = TableSortField()
            field.Field = step["field"]
            field.IsAscending = not step["descending"]
            rng = sheet.getCellRangeByName(step["range"])
            desc = rng.createSortDescriptor()
            for p in desc:
                if p.Name == "SortFields":
                    p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
                elif p.Name == "ContainsHeader":
                    p.Value = False
            rng.sort(desc)
        elif op == "hide":
            sheet.getColumns().getByIndex(column_index(step["column"])).IsVisible = False
        else:
            raise SystemExit("operazione sconosciuta: " + op)
    # Leave the cursor on the first sheet, away from the cells whose input
    # hints Calc shows in a pop-up: closing with one open can bring it down.
    controller.setActiveSheet(doc.Sheets.getByIndex(0))
    dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", "A1"),))
    doc.storeToURL(uno.systemPathToFileUrl(job["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))


def run_once(profile, job):
    proc, ctx = connect(profile)
    try:
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        configure(smgr, ctx, "/org.openoffice.Office.Calc/Input", {"AutoInput": False})
        # Numbers, dates and percentages are read as an Italian PC does.
        configure(smgr, ctx, "/org.openoffice.Setup/L10N", {"ooSetupSystemLocale": "it-IT"})
        run_job(desktop, dispatcher, job)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice quits
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    setup(spec["profile"])
    # One soffice per document, never closing it: this headless Calc can
    # crash on a timer left by typing once the document is closed. What
    # matters is written by then; quitting (or the crash) ends the process.
    # The profile is set up once, which is most of the start-up time.
    for job in spec["jobs"]:
        # Should Calc still crash before saving, open the file as something
        # else, or lose the document it opened (its properties gone), the
        # job runs again from the same input: Calc's bug, not the
        # workbook's, and the test says so.
        for attempt in range(3):
            try:
                run_once(spec["profile"], job)
                break
            except (DisposedException, RuntimeException, UnknownPropertyException, Ritenta) as e:
                print("LibreOffice non ha finito «%s» (%s): di nuovo" % (os.path.basename(job["in"]), e.__class__.__name__),
                      file=sys.stderr, flush=True)
        else:
            raise SystemExit("LibreOffice si chiude sempre durante " + job["in"])
        if not os.path.getsize(job["out"]):
            raise SystemExit("LibreOffice non ha salvato " + job["out"])


if __name__ == "__main__":
    main()

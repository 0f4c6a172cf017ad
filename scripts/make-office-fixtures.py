#!/usr/bin/python3
"""Builds the test/fixtures/*-libreoffice.xlsx workbooks with a real office suite.

Run with Debian's python3-uno:  /usr/bin/python3 scripts/make-office-fixtures.py
It starts its own headless LibreOffice on 127.0.0.1 (a free port, a temporary profile as HOME),
builds each aging list with what accountants keep beside it -- a chart of the balances, a pivot
table of balance by customer on a second sheet, a cell comment, an image, data validation and
conditional formatting -- and saves it as .xlsx with LibreOffice's own "Calc MS Excel 2007 XML"
filter. The files are committed; run the script again only to change them. All lists are read as
of 15 Feb 2026. Parts LibreOffice cannot author (slicers, a VBA project) are not made here.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "fixtures")
IMAGE = os.path.join(ROOT, "assets", "icon-64.png")

# Enum values of com.sun.star.sheet.* used below.
ROW, DATA = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW"), uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
SUM = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
LIST = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
GREATER = uno.Enum("com.sun.star.sheet.ConditionOperator", "GREATER")

# One workbook per country: titles above the header, local headers, currencies written several
# ways, notes in the local language. Dates are ISO text turned into serials by LibreOffice.
BOOKS = [
    {
        "file": "uk-aged-debtors-libreoffice.xlsx",
        "sheet": "Aged Debtors",
        "titles": ["Northwind Traders Ltd", "Aged Debtors Report", "As at 15/02/2026"],
        "headers": ["Customer", "Invoice No.", "Invoice Date", "Due Date", "Currency", "Balance", "Email", "Notes"],
        "rows": [
            ["Acme Widgets Ltd", "INV-2041", "2025-11-03", "2025-12-03", "GBP", 1840.5, "ap@acme-widgets.co.uk", "Promised payment on the phone"],
            ["Acme Widgets Ltd", "INV-2077", "2026-01-09", "2026-02-08", "£", 420, "ap@acme-widgets.co.uk", ""],
            ["Bramley & Co", "INV-1988", "2025-08-14", "2025-09-13", "GBP", 6250, "accounts@bramley.co.uk", "Disputed delivery, see email 2 Oct"],
            ["Castle Joinery", "INV-2102", "2026-02-01", "2026-03-03", "GBP", 980, "office@castlejoinery.uk", ""],
            ["Dunmore Foods plc", "CN-0031", "2025-12-20", "2025-12-20", "GBP", -150, "finance@dunmore.co.uk", "Credit note"],
            ["Dunmore Foods plc", "INV-2010", "2025-10-01", "2025-10-31", "EUR", 3100, "finance@dunmore.co.uk", "Invoiced in euros"],
        ],
        "chart": "Balance by customer",
        "pivotSheet": "Pivot",
        "comment": "Checked against the ledger on 14/02/2026 - JS",
        "choices": '"Email";"Phone";"Letter"',
        "channel": "Channel",
    },
    {
        "file": "lv-debitori-libreoffice.xlsx",
        "sheet": "Debitori",
        "titles": ["SIA Baltijas Koks", "Debitoru parādu saraksts", "Uz 15.02.2026"],
        "headers": ["Klients", "Rēķina Nr.", "Rēķina datums", "Apmaksas termiņš", "Valūta", "Atlikums", "E-pasts", "Piezīmes"],
        "rows": [
            ["SIA Rīgas Mēbeles", "BK-0412", "2025-12-01", "2025-12-31", "EUR", 2310.4, "gramatvediba@rigasmebeles.lv", "Solīja samaksāt februārī"],
            ["SIA Rīgas Mēbeles", "BK-0450", "2026-01-15", "2026-02-14", "€", 560, "gramatvediba@rigasmebeles.lv", ""],
            ["AS Daugava Būve", "BK-0388", "2025-09-10", "2025-10-10", "EUR", 12800, "finanses@daugavabuve.lv", "Strīds par piegādi"],
            ["Z/S Lauku Sēta", "BK-0466", "2026-02-05", "2026-03-07", "EUR", 145.99, "lauku.seta@inbox.lv", ""],
            ["SIA Kurzemes Auto", "KR-0009", "2026-01-20", "2026-01-20", "EUR", -75, "birojs@kurzemesauto.lv", "Kredītrēķins"],
        ],
        "chart": "Atlikums pa klientiem",
        "pivotSheet": "Kopsavilkums",
        "comment": "Salīdzināts ar virsgrāmatu 14.02.2026",
        "choices": '"E-pasts";"Tālrunis";"Vēstule"',
        "channel": "Kanāls",
    },
]


def main():
    profile = tempfile.mkdtemp(prefix="dd-uno-")
    port = free_port()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=socket,host=127.0.0.1,port=%d;urp;" % port],
        env={**os.environ, "HOME": profile}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        desktop = connect(port)
        for spec in BOOKS:
            build(desktop, spec)
            print("wrote test/fixtures/" + spec["file"])
        try:
            desktop.terminate()
        except Exception:
            pass  # the office ends the connection while answering terminate()
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


REMOTE = []  # the office's component context, once connected


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(150):
        try:
            context = resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
            REMOTE.append(context)
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            time.sleep(0.2)
    sys.exit("LibreOffice did not answer on 127.0.0.1:%d" % port)


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def build(desktop, spec):
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    sheet = sheets.getByIndex(0)
    sheet.Name = spec["sheet"]
    first, last = fill_list(doc, sheet, spec)
    add_chart(doc, sheet, spec, first, last)
    sheets.insertNewByName(spec["pivotSheet"], 1)
    add_pivot(sheet, sheets.getByName(spec["pivotSheet"]), first - 1, last)
    sheet.Annotations.insertNew(CellAddress(0, 5, first - 1), spec["comment"])
    add_image(doc, sheet)
    add_validation(sheet, spec, first, last)
    add_conditional_format(sheet, first, last)
    doc.CurrentController.setActiveSheet(sheet)
    target = uno.systemPathToFileUrl(os.path.abspath(os.path.join(OUT, spec["file"])))
    doc.storeToURL(target, (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


def fill_list(doc, sheet, spec):
    """Titles, then the header on row 5, then the invoices; returns the 0-based first and last data rows."""
    for row, title in enumerate(spec["titles"]):
        sheet.getCellByPosition(0, row).String = title
    header = len(spec["titles"]) + 1
    for column, text in enumerate(spec["headers"]):
        sheet.getCellByPosition(column, header).String = text
    date_format = number_format(doc, "DD/MM/YYYY")
    money_format = number_format(doc, "#,##0.00")
    for offset, values in enumerate(spec["rows"]):
        row = header + 1 + offset
        for column, value in enumerate(values):
            cell = sheet.getCellByPosition(column, row)
            if column in (2, 3):
                cell.Formula = "=DATEVALUE(\"%s\")" % value
                cell.Value = cell.Value  # keep the serial, not the formula
                cell.NumberFormat = date_format
            elif isinstance(value, (int, float)):
                cell.Value = value
                cell.NumberFormat = money_format
            elif value:
                cell.String = value
    for column in range(len(spec["headers"])):
        sheet.Columns.getByIndex(column).OptimalWidth = True
    return header + 1, header + len(spec["rows"])


def number_format(doc, code):
    formats = doc.NumberFormats
    locale = uno.createUnoStruct("com.sun.star.lang.Locale")
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def add_chart(doc, sheet, spec, first, last):
    ranges = (CellRangeAddress(0, 0, first - 1, 0, last), CellRangeAddress(0, 5, first - 1, 5, last))
    sheet.Charts.addNewByName("Balances", Rectangle(1000, 6000 + 500 * last, 16000, 8000), ranges, True, False)
    chart = sheet.Charts.getByName("Balances").EmbeddedObject
    chart.HasMainTitle = True
    chart.Title.String = spec["chart"]


def add_pivot(source, target, header, last):
    tables = target.DataPilotTables
    descriptor = tables.createDataPilotDescriptor()
    descriptor.SourceRange = CellRangeAddress(0, 0, header, 5, last)
    fields = descriptor.DataPilotFields
    fields.getByIndex(0).Orientation = ROW
    balance = fields.getByIndex(5)
    balance.Orientation = DATA
    balance.Function = SUM
    tables.insertNewByName("BalanceByCustomer", CellAddress(1, 0, 0), descriptor)


def add_image(doc, sheet):
    """The company logo in the corner, as letterheads put it (an xl/media part and a drawing)."""
    provider = REMOTE[0].ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", REMOTE[0])
    shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.Graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(IMAGE))),))
    sheet.DrawPage.add(shape)
    shape.Position = Point(19000, 200)
    shape.Size = Size(1700, 1700)


def add_validation(sheet, spec, first, last):
    """A "channel" column the user picks from a list (data validation) beside the list."""
    sheet.getCellByPosition(8, first - 1).String = spec["channel"]
    cells = sheet.getCellRangeByPosition(8, first, 8, last)
    validation = cells.Validation
    validation.Type = LIST
    validation.Formula1 = spec["choices"]
    validation.ShowList = 1
    cells.Validation = validation


def add_conditional_format(sheet, first, last):
    cells = sheet.getCellRangeByPosition(5, first, 5, last)
    formats = cells.ConditionalFormat
    formats.addNew((prop("Operator", GREATER), prop("Formula1", "5000"), prop("StyleName", "Bad")))
    cells.ConditionalFormat = formats


if __name__ == "__main__":
    main()

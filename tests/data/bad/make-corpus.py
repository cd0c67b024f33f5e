#!/usr/bin/env python3
# Writes the malformed numbering plans of this folder and manifest.tsv. Run it from this folder;
# the output is deterministic (fixed seed, fixed zip timestamps). Expected outcome per file:
# "unreadable" = no plan comes out: CsvReader/XlsxReader refuse the file, or (for a table without a
# header or without stations) the importer refuses what they read; either way the message names the
# file and stagingctl plan check exits 2. "readable" = the reader gives a table and the importer or
# the validator lists problems: stagingctl plan check exits 1.
import random
import zipfile

random.seed(20261126)
manifest = []

HEADER = "Site;Nom Prénom Utilisateur;Type profil;Matériel;Numéro de ligne (ou création);Extension;Email;MAC"


def add(name, data, expected, what):
    with open(name, "wb") as f:
        f.write(data)
    manifest.append((name, expected, what))


def ns(body, root, extra=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<{root} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"{extra}>{body}</{root}>')


def xlsx(name, sheet_xml, expected, what, shared=None, workbook=None, rels=None, extra_parts=()):
    wb = workbook or ns('<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>', "workbook",
                        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    rel_items = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'worksheet" Target="worksheets/sheet1.xml"/>')
    if shared is not None:
        rel_items += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                      'relationships/sharedStrings" Target="sharedStrings.xml"/>')
    rl = rels or ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                  f'relationships">{rel_items}</Relationships>')
    parts = [("[Content_Types].xml", '<?xml version="1.0"?><Types/>'), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", rl)]
    if sheet_xml is not None:
        parts.append(("xl/worksheets/sheet1.xml", sheet_xml))
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    parts.extend(extra_parts)
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 11, 26, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    manifest.append((name, expected, what))


def inline_row(r, values):
    cells = "".join(f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values) if v)
    return f'<row r="{r}">{cells}</row>'


def sheet(rows, tail=""):
    return ns(f'<sheetData>{"".join(rows)}</sheetData>{tail}', "worksheet")


HEAD = ["Site", "Nom Prénom Utilisateur", "Type profil", "Matériel", "Numéro de ligne", "Extension", "Email", "MAC"]
ROW1 = ["Avr", "accueil", "STANDARDISTE", "YEALINK T54W", "0491000001", "8000", "", "80:5e:c0:10:00:01"]
ROW2 = ["Avr", "compta", "POSTE FIXE", "YEALINK T54W", "0491000002", "8001", "", "80:5e:c0:10:00:02"]
valid_sheet = sheet([inline_row(1, HEAD), inline_row(2, ROW1), inline_row(3, ROW2)])

# --- not spreadsheets at all
add("random.csv", bytes(random.randrange(256) for _ in range(4096)), "unreadable", "random bytes named .csv")
add("random.xlsx", bytes(random.randrange(256) for _ in range(4096)), "unreadable", "random bytes named .xlsx")
add("random-zip-magic.xlsx", b"PK\x03\x04" + bytes(random.randrange(256) for _ in range(2048)), "unreadable",
    "zip signature followed by random bytes")
add("binary-elf.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "unreadable", "an executable renamed .csv")
add("pdf-renamed.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    "unreadable", "a PDF renamed .xlsx")
add("empty.csv", b"", "unreadable", "empty file")
add("whitespace.csv", b"  \r\n\t\r\n   \n", "unreadable", "only white space")
add("nul-bytes.csv", (HEADER + "\r\n").encode("utf-8").replace(b";", b";\x00"), "unreadable", "NUL bytes in text")
add("utf16-no-bom.csv", (HEADER + "\r\n" + ";".join(ROW1) + "\r\n").encode("utf-16-le"), "unreadable",
    "UTF-16 without a byte order mark")

# --- CSV structure
add("only-headers.csv", (HEADER + "\r\n").encode("utf-8"), "unreadable", "the header row and nothing else")
add("no-headers.csv", (";".join(ROW1) + "\r\n" + ";".join(ROW2) + "\r\n").encode("utf-8"), "unreadable",
    "stations without a header row")
add("unterminated-quote.csv", (HEADER + '\r\nAvr;"accueil;STANDARDISTE;YEALINK T54W;;8000;;\r\n').encode("utf-8"),
    "unreadable", "a quote that never closes")
add("long-cell.csv", (HEADER + "\r\nAvr;" + "x" * 40000 + ";POSTE FIXE;T54W;;8000;;\r\n").encode("utf-8"),
    "unreadable", "one cell of 40,000 characters")
add("300-columns.csv", (HEADER + ";" + ";".join(f"col{i}" for i in range(300)) + "\r\n").encode("utf-8"),
    "unreadable", "300 columns")
add("mixed-encoding.csv",
    (HEADER + "\r\n").encode("utf-8") + "Avr;Hélène;POSTE FIXE;YEALINK T54W;;8000;;\r\n".encode("cp1252"),
    "unreadable", "UTF-8 header, Windows-1252 rows: one file, two encodings")
add("duplicate-headers.csv", (HEADER + ";Extension\r\n" + ";".join(ROW1) + ";8009\r\n").encode("utf-8"), "readable",
    "two Extension columns")
add("formula-text.csv", (HEADER + "\r\n" + ";".join(ROW1[:5]) + ";=A1+1;;\r\n").encode("utf-8"), "readable",
    "a formula typed where the extension goes")
add("csv-named.xlsx", (HEADER + "\r\n" + ";".join(ROW1) + "\r\n" + ";".join(ROW1[:5]) + ";8000;;\r\n").encode("cp1252"),
    "readable", "a CSV export renamed .xlsx, with a duplicate extension")
add("lone-cr.csv", ("\r".join([HEADER, ";".join(ROW1), ";".join(ROW1)]) + "\r").encode("utf-8"), "readable",
    "old Mac line ends (CR only), the same station twice")
add("bad-values.csv", (HEADER + "\r\n"
                       + "Avr;;POSTE FIXE;Cisco 7940;04 91 XX;90000;;zz:zz\r\n"
                       + "Avr;Paul;UC;SOFTPHONE;+44 20 7946 0000;8001;;\r\n").encode("utf-8"),
    "readable", "invalid MAC, DID, model, extension out of range, missing name and email")
add("dect-overflow.csv", (HEADER + "\r\n" + "".join(
    f"Avr;POSTE {i};POSTE FIXE;YEALINK S/S FIL W60P;création;;;\r\n" for i in range(9))).encode("utf-8"),
    "readable", "nine DECT handsets for one base of eight")
add("quoted-newlines.csv", (HEADER + '\r\n"Avr";"Jean\r\nDupont";"UC";"SOFTPHONE";"création";"8000";"";""\r\n').encode("utf-8"),
    "readable", "a newline inside a quoted name; a UC user without email")

# --- XLSX structure
add("truncated.xlsx", open("../plans/bench.xlsx", "rb").read()[:1500], "unreadable", "a workbook cut in the middle")
xlsx("garbage-sheet.xlsx", "<worksheet><sheetData><row><c>unclosed", "unreadable", "the sheet's XML is broken")
xlsx("no-sheet.xlsx", None, "unreadable", "a workbook that lists no sheet",
     workbook=ns("<sheets/>", "workbook"))
xlsx("missing-sheet-part.xlsx", None, "unreadable", "the sheet's relationship points to a missing part")
xlsx("sst-out-of-range.xlsx", sheet(['<row r="1"><c r="A1" t="s"><v>7</v></c></row>']), "unreadable",
     "a shared-string index beyond the table", shared=ns('<si><t>Site</t></si>', "sst"))
xlsx("bad-cell-ref.xlsx", sheet(['<row r="1"><c r="A1B" t="inlineStr"><is><t>Site</t></is></c></row>']),
     "unreadable", "a cell reference that is not one")
xlsx("far-cell.xlsx", sheet([inline_row(1, HEAD), '<row r="60000"><c r="A60000" t="inlineStr"><is><t>x</t></is></c></row>']),
     "unreadable", "a value on row 60,000")
laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
xlsx("billion-laughs.xlsx", laughs, "unreadable", "a DTD with nested entities in the sheet")
xlsx("title-and-headers.xlsx", sheet([inline_row(1, ["Pack Téléphonie"]), inline_row(3, HEAD)]), "unreadable",
     "title rows and a header, no station")
merged = sheet([inline_row(1, ["Site", "Nom Prénom Utilisateur", "", "Matériel", "Extension"]),
                inline_row(2, ["Avr", "accueil", "", "YEALINK T54W", "8000"])],
               '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>')
xlsx("merged-headers.xlsx", merged, "readable", "a header merged over two columns")
formulas = sheet([inline_row(1, HEAD), '<row r="2"><c r="A2" t="inlineStr"><is><t>Avr</t></is></c>'
                  '<c r="B2" t="str"><f>CONCATENATE(X1,Y1)</f></c><c r="D2" t="inlineStr"><is><t>T54W</t></is></c>'
                  '<c r="F2"><f>8000+1</f></c></row>'])
xlsx("formulas-no-cache.xlsx", formulas, "readable", "formulas saved without their values (name left empty)")

with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for part, data in [("[Content_Types].xml", b"<Types/>"),
                       ("xl/workbook.xml", ns('<sheets><sheet name="P" sheetId="1" r:id="rId1"/></sheets>', "workbook",
                                              ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"').encode()),
                       ("xl/_rels/workbook.xml.rels", b'<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')]:
        z.writestr(zipfile.ZipInfo(part, date_time=(2026, 11, 26, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2026, 11, 26, 0, 0, 0))
    z.writestr(info, b" " * (200 * 1024 * 1024), zipfile.ZIP_DEFLATED, 9)
manifest.append(("bomb.xlsx", "unreadable", "a sheet that inflates to 200 MB"))

# --- more hostile or unusual workbooks
wb_rels_ns = ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
xlsx("dtd-workbook.xlsx", valid_sheet, "unreadable", "a DTD in workbook.xml",
     workbook='<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x "x">]>'
              + ns('<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>', "workbook", wb_rels_ns))
xlsx("cell-outside-row.xlsx", sheet(['<c t="inlineStr"><is><t>Site</t></is></c>']), "unreadable",
     "a cell outside any row and without a reference")
xlsx("deep-nesting.xlsx", sheet(['<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * 500 + "</r>" * 500
                                 + '</is></c></row>']), "unreadable", "500 nested elements in one cell")
xlsx("too-many-parts.xlsx", valid_sheet, "unreadable", "1,001 parts in the zip",
     extra_parts=[(f"xl/media/i{i}.bin", "") for i in range(1001)])
merged_site = sheet([inline_row(1, HEAD), inline_row(2, ROW1), inline_row(3, ["", "compta"] + ROW2[2:]),
                     inline_row(4, ["", "direction", "POSTE FIXE", "YEALINK T54W", "", "8002", "", "zz:zz"])],
                    '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>')
xlsx("merged-site.xlsx", merged_site, "readable", "the Site column merged over three stations; an invalid MAC")
feuil = sheet([inline_row(1, HEAD), inline_row(2, ROW1[:7] + ["zz:zz"])])
xlsx("absolute-sheet-target.xlsx", None, "readable",
     'sheet "Plan de numérotation" in worksheets/feuil1.xml, absolute target; an invalid MAC',
     workbook=ns('<sheets><sheet name="Plan de numérotation" sheetId="4" r:id="rId4"/></sheets>', "workbook",
                 wb_rels_ns),
     rels='<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          'worksheet" Target="/xl/worksheets/feuil1.xml"/></Relationships>',
     extra_parts=[("xl/worksheets/feuil1.xml", feuil)])
add("title-and-headers.csv", ("Pack Téléphonie;;\r\nNDI à porter;04 91 00 00 00;\r\n\r\n" + HEADER + "\r\n").encode("cp1252"),
    "unreadable", "title rows and a header, no station (Windows-1252)")
add("utf16be-bom.csv", ("\ufeff" + HEADER + "\r\n" + ";".join(ROW1[:7] + ["zz:zz"]) + "\r\n").encode("utf-16-be"),
    "readable", "UTF-16BE with its byte order mark; an invalid MAC")

# A sheet that inflates to 70 MB while the zip declares 1 KB: the reader must stop on the bytes
# actually inflated (or the checksum), not trust the header.
with zipfile.ZipFile("lying-sizes.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for part, data in [("[Content_Types].xml", b"<Types/>"),
                       ("xl/workbook.xml", ns('<sheets><sheet name="P" sheetId="1" r:id="rId1"/></sheets>', "workbook",
                                              wb_rels_ns).encode()),
                       ("xl/_rels/workbook.xml.rels", b'<Relationships><Relationship Id="rId1" Type="x/worksheet" '
                                                      b'Target="worksheets/sheet1.xml"/></Relationships>')]:
        z.writestr(zipfile.ZipInfo(part, date_time=(2026, 11, 26, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2026, 11, 26, 0, 0, 0))
    z.writestr(info, b"<worksheet><sheetData>" + b" " * (70 * 1024 * 1024), zipfile.ZIP_DEFLATED, 9)
data = bytearray(open("lying-sizes.xlsx", "rb").read())
name = b"xl/worksheets/sheet1.xml"
for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
    at = 0
    while True:
        at = data.find(signature, at)
        if at < 0:
            break
        name_at = at + (30 if signature == b"PK\x03\x04" else 46)
        if data[name_at:name_at + len(name)] == name:
            data[at + size_offset:at + size_offset + 4] = (1024).to_bytes(4, "little")
        at += 4
open("lying-sizes.xlsx", "wb").write(bytes(data))
manifest.append(("lying-sizes.xlsx", "unreadable", "declares 1 KB, inflates to 70 MB"))

with open("manifest.tsv", "w") as f:
    f.write("# file\texpected\twhat it is (generated by make-corpus.py)\n")
    for name, expected, what in manifest:
        f.write(f"{name}\t{expected}\t{what}\n")
print(len(manifest), "files")

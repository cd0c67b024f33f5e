#!/usr/bin/env python3
# Writes bench.xlsx: the same plan as bench-cp1252.csv the way Excel stores it: shared strings
# (one header in rich-text runs), numbers typed as numbers (a DID that lost its leading zero and
# keeps it only through a "0000000000" format, another in scientific notation), the Site column
# merged over the station rows, and a sheet that is not called sheet1.xml.
import zipfile
from xml.sax.saxutils import escape

strings = []
def s(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)

def col(i):
    return "ABCDEFGHIJ"[i]

rows = {}
def put(r, c, kind, value, style=None):
    rows.setdefault(r, []).append((c, kind, value, style))

put(1, 0, "s", s("Pack Téléphonie Intégrée — Boulangerie Lemaître"))
put(2, 0, "s", s("NDI à porter (ou 'à créer')"))
put(2, 1, "n", "442001000", 1)
headers = ["Site", "Nom Prénom Utilisateur", "Type profil", None, "Numéro de ligne (ou création)", "Extension", "Email", "MAC", "Bureau"]
for i, h in enumerate(headers):
    if h is not None:
        put(4, i, "s", s(h))
put(4, 3, "rich", None)  # "Matériel" as two runs
data = [
    ["Aix", "Accueil", "STANDARDISTES", "YEALINK T54W + extension", ("n", "442001001", 1), ("n", "8100"), "", "80-5E-C0-20-00-01", "RDC"],
    [None, "Hélène Lemaître", "POSTE FIXE", "YEALINK T57W", ("n", "3.3442001002E10"), ("n", "8101"), "helene@lemaitre.example", "805ec0200002", "Étage 1"],
    [None, "Cœur de fournil", "Poste fixe", "YEALINK S/S FIL W60P", "création", "", "", "", "Fournil"],
    [None, "Livraisons", "POSTE FIXE", "YEALINK S/S FIL W60P", "création", "", "", "", "Quai"],
    [None, "François Œuvray", "SOFTPHONE", "SOFTPHONE", ("inline", "0442001005 / 0442001006"), ("n", "8110"), "francois@lemaitre.example", "", "Télétravail"],
    [None, "Salle de pause", "POSTE FIXE", "YEALINK T46U", "", "", "", "80:5e:c0:20:00:06", ""],
]
for r, values in enumerate(data, start=5):
    for c, v in enumerate(values):
        if v is None or v == "":
            continue
        if isinstance(v, tuple):
            put(r, c, v[0], v[1], v[2] if len(v) > 2 else None)
        else:
            put(r, c, "s", s(v))

def cell_xml(r, c, kind, value, style):
    ref = f"{col(c)}{r}"
    st = f' s="{style}"' if style is not None else ""
    if kind == "s":
        return f'<c r="{ref}" t="s"{st}><v>{value}</v></c>'
    if kind == "n":
        return f'<c r="{ref}"{st}><v>{value}</v></c>'
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if kind == "rich":
        return f'<c r="{ref}" t="s"><v>{len(strings)}</v></c>'
    raise ValueError(kind)

sheet_rows = []
for r in sorted(rows):
    cells = "".join(cell_xml(r, *cell) for cell in sorted(rows[r]))
    sheet_rows.append(f'<row r="{r}">{cells}</row>')
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(sheet_rows)}</sheetData>'
         '<mergeCells count="1"><mergeCell ref="A5:A10"/></mergeCells></worksheet>')

sst_items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in strings)
sst_items += '<si><r><rPr><b/></rPr><t>Maté</t></r><r><t>riel</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'
sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings) + 1}" uniqueCount="{len(strings) + 1}">{sst_items}</sst>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="0000000000"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Plan de numérotation" sheetId="1" r:id="rId7"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/feuil1.xml"/>'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/feuil1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '</Types>')

with zipfile.ZipFile("bench.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                       ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
                       ("xl/worksheets/feuil1.xml", sheet), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)]:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 26, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)

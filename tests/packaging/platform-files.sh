#!/usr/bin/env bash
# What of the Windows and macOS packaging can be checked on Linux (CMake here
# has neither CPack's WIX nor its DragNDrop generator): the WiX patch is
# well-formed and registers the backup and export types with the program's
# file id; the bundle's Info.plist is a valid property list naming both
# document types and declaring their type identifiers; the files the CMake
# configurations name exist.
#   platform-files.sh SOURCE_DIR
set -euo pipefail
src="$(realpath "$1")"
xmllint --noout "$src/packaging/windows/file-types.wxs"
for needle in 'TheProgram.Backup' 'TheProgram.Export' 'Id="encrypted"' 'TargetFile="CM_FP_theprogram.exe"' \
              'CPackWiXFragment Id="CM_CP_theprogram.exe"'; do
  grep -q "$needle" "$src/packaging/windows/file-types.wxs" || { echo "file-types.wxs lacks $needle"; exit 1; }
done
[ -s "$src/packaging/windows/theprogram.ico" ]
python3 - "$src/packaging/macos/Info.plist.in" <<'PY'
import plistlib, sys
plist = plistlib.loads(open(sys.argv[1], 'rb').read().replace(b'@PROJECT_VERSION@', b'0.1.0'))
assert plist['CFBundleExecutable'] == 'theprogram', plist['CFBundleExecutable']
types = {t['CFBundleTypeName']: t['LSItemContentTypes'] for t in plist['CFBundleDocumentTypes']}
assert types == {'The Program export': ['app.theprogram.export', 'public.json'],
                 'The Program backup': ['app.theprogram.backup']}, types
declared = {t['UTTypeIdentifier'] for t in plist['UTExportedTypeDeclarations']}
assert declared == {'app.theprogram.export', 'app.theprogram.backup'}, declared
print('Info.plist: ok')
PY
echo "platform files: ok"

# The macOS app bundle and its disk image (CPack's DragNDrop generator): the
# bundle's Info.plist names the app's document types (exports and backups).
# Steps: packaging/README.md.
set_target_properties(theprogram PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in)
set(CPACK_DMG_VOLUME_NAME "The Program")
set(CPACK_DMG_FORMAT "UDZO")

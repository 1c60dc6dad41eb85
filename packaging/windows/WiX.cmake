# The Windows installer (CPack's WIX generator, WiX Toolset 3): a per-machine
# MSI with a Start menu entry, the app's icon, upgrades in place (the
# upgrade code never changes), and the file types of file-types.wxs.
# Steps: packaging/README.md.
set(CPACK_WIX_UPGRADE_GUID "6E0B1B49-3F3C-4A7A-9C4B-2B5D7E0F9A31")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/theprogram.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "The Program")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "The Program")
set(CPACK_PACKAGE_EXECUTABLES "theprogram" "The Program")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/file-types.wxs")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://theprogram.example/")

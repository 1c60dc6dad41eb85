# Packages: a .deb (and .tar.gz) on Linux, a .dmg on macOS, an MSI (WiX) on
# Windows; what each needs is in packaging/README.md. On Linux the package
# carries the programs, their man pages (made from their --help by
# scripts/make-manpages.sh), the desktop entry, the AppStream metainfo,
# icons, the file types of exports and backups, and the systemd user timer
# for scheduled backups. tests/packaging/deb.sh builds and checks it.
set(CPACK_PACKAGE_NAME "theprogram")
set(CPACK_PACKAGE_VENDOR "The Program")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "astrologer's practice database that the practitioner owns")
set(CPACK_PACKAGE_DESCRIPTION
    "The Program keeps clients, birth data, charts, interpretations and session
notes in one local SQLite database: exported to open JSON and CSV and
imported back with checks, backed up compressed, encrypted and verified on a
schedule, copied to Dropbox, Google Drive, S3 or WebDAV, and shown in
statistics. English and German.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "The Program <support@theprogram.example>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://theprogram.example/")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WiX.cmake OPTIONAL)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    include(${CMAKE_CURRENT_LIST_DIR}/macos/Bundle.cmake OPTIONAL)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # packaging revision: changelog.Debian.gz names it
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Plugins that no library names: the window system, SQLite, SVG icons.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    set(pkg ${CMAKE_CURRENT_LIST_DIR})
    install(FILES ${pkg}/theprogram.desktop DESTINATION share/applications)
    install(FILES ${pkg}/theprogram.metainfo.xml DESTINATION share/metainfo
            RENAME app.theprogram.TheProgram.metainfo.xml)
    install(FILES ${pkg}/theprogram-mime.xml DESTINATION share/mime/packages RENAME theprogram.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/theprogram.svg
            DESTINATION share/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${pkg}/icons/${size}x${size}/theprogram.png
                DESTINATION share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${pkg}/scheduling/theprogram-backup.service ${pkg}/scheduling/theprogram-backup.timer
            DESTINATION lib/systemd/user)
    install(FILES ${pkg}/debian/copyright DESTINATION share/doc/theprogram)
    set(changelog ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
        COMMAND gzip -9n -c ${pkg}/debian/changelog > ${changelog}
        DEPENDS ${pkg}/debian/changelog VERBATIM)
    # Man pages from the programs' own --help (help2man).
    find_program(HELP2MAN_PROGRAM help2man)
    set(manpages ${CMAKE_BINARY_DIR}/man/theprogram.1.gz ${CMAKE_BINARY_DIR}/man/theprogram-cli.1.gz)
    set(package_files ${changelog})
    if(HELP2MAN_PROGRAM)
        list(APPEND package_files ${manpages})
        add_custom_command(OUTPUT ${manpages}
            COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/make-manpages.sh $<TARGET_FILE:theprogram>
                    $<TARGET_FILE:theprogram-cli> ${CMAKE_BINARY_DIR}/man
            DEPENDS theprogram theprogram-cli ${PROJECT_SOURCE_DIR}/scripts/make-manpages.sh VERBATIM)
        install(FILES ${manpages} DESTINATION share/man/man1)
    endif()
    add_custom_target(package_files ALL DEPENDS ${package_files})
    install(FILES ${changelog} DESTINATION share/doc/theprogram)
endif()
include(CPack)

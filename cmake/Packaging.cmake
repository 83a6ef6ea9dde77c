# What `cmake --build --preset default --target package` puts in the Debian package, and how
# CPack's DEB generator makes it. The files themselves are in packaging/; docs/packaging.md says
# why each choice and each lintian warning kept.
include(GNUInstallDirs)

set(AMELI_APP_ID io.github.ameli_simulator.AmeliSimulator)
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/ameli-simulator)

# Debian wants the man page and the changelog compressed, without a timestamp (gzip -n), so that
# two builds of one version give the same bytes.
find_program(GZIP_PROGRAM gzip REQUIRED)
function(ameli_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${GZIP_PROGRAM} -9nc ${source} > ${output}
        DEPENDS ${source}
        VERBATIM)
endfunction()
ameli_gzip(${packaging_dir}/ameli-simulator.1 ${CMAKE_CURRENT_BINARY_DIR}/ameli-simulator.1.gz)
ameli_gzip(${packaging_dir}/changelog ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_target(packaging_files ALL
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/ameli-simulator.1.gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)

install(FILES ${packaging_dir}/${AMELI_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${AMELI_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${packaging_dir}/ameli-simulator.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ameli-simulator.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_dir}/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DESTINATION ${doc_dir})
# The user guide the Help menu opens, with the pictures and pages it links to.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${doc_dir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${doc_dir}/docs
        PATTERN guide EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ameli-simulator)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Les auteurs du simulateur")
set(CPACK_PACKAGE_CONTACT
    "Les auteurs du simulateur <maintainers@users.noreply.r-seed-3ecd54e8.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/ameli-simulator/ameli-simulator)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"training simulator of the French ameli account journey
An offline desktop simulator of Assurance Maladie's compte ameli journey,
in French (and English): the login page, the forgotten code and its CAPTCHA
(image and sound), the 4-digit provisional code received by email, the three
activation steps and the validation email. Trainers run scenarios on a
simulated clock and debrief the attempts; UX testers time the steps; a kiosk
mode serves offline demos; a classroom shares one PostgreSQL server.
It holds fictitious people only and never connects to the real service.")
# The libraries the binary links are found by dpkg-shlibdeps; what it loads at run time is
# not: the SQLite driver (the default store), Qt's French strings, the font the site's theme,
# the CAPTCHA's image and the mails name (Liberation Sans: the screens as the tests draw them).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-liberation2")
# A classroom's stations talk to PostgreSQL through Qt's driver; the window's icon is an SVG.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)

# Assembles the extension in STAGE and zips it to OUTPUT (cmake -P).
# Inputs: SOURCE (plugins/libreoffice), DICTS, DESCRIPTION, LIBTACT, STAGE,
# OUTPUT.
file(REMOVE_RECURSE ${STAGE})
file(MAKE_DIRECTORY ${STAGE}/lib)

file(COPY ${SOURCE}/META-INF ${SOURCE}/registry ${SOURCE}/description
     DESTINATION ${STAGE})
file(COPY ${DESCRIPTION} DESTINATION ${STAGE})
file(COPY ${SOURCE}/src/ DESTINATION ${STAGE}
     FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
file(COPY ${DICTS} DESTINATION ${STAGE}
     FILES_MATCHING PATTERN "*.lua" PATTERN "*.dic")

# libtact under its soname, and every library it needs that a Linux system
# does not always have (libc, libm and the compiler runtimes stay out).
get_filename_component(soname ${LIBTACT} NAME)
configure_file(${LIBTACT} ${STAGE}/lib/${soname} COPYONLY)
file(GET_RUNTIME_DEPENDENCIES
  LIBRARIES ${LIBTACT}
  RESOLVED_DEPENDENCIES_VAR deps
  UNRESOLVED_DEPENDENCIES_VAR missing
  POST_EXCLUDE_REGEXES
    "/(libc|libm|libdl|libpthread|librt|libresolv|libgcc_s|libstdc\\+\\+)\\.so"
    "/ld-linux[^/]*\\.so")
if(missing)
  message(FATAL_ERROR "tact.oxt: cannot find ${missing}, needed by ${LIBTACT}")
endif()
foreach(dep IN LISTS deps)
  get_filename_component(name ${dep} NAME)
  configure_file(${dep} ${STAGE}/lib/${name} COPYONLY)
endforeach()

file(REMOVE ${OUTPUT})
file(GLOB_RECURSE entries RELATIVE ${STAGE} ${STAGE}/*)
list(SORT entries)
execute_process(
  COMMAND ${CMAKE_COMMAND} -E tar cf ${OUTPUT} --format=zip ${entries}
  WORKING_DIRECTORY ${STAGE}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tact.oxt: zip failed (${rc})")
endif()

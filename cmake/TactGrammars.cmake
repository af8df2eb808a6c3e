# Tree-sitter grammars for the prose scopes (Markdown, HTML).
#
# Debian ships the tree-sitter library but not these grammars, so the build
# fetches pinned npm tarballs (the bytes `npm pack NAME@VERSION` gives),
# checks their SHA-256, unpacks them into the build folder and compiles their
# generated C sources. Nothing of theirs is committed. The parser ABI of
# these versions (14) is one Debian's libtree-sitter 0.20 loads.
#
# Offline builds: put the .tgz files in a folder and pass
# -DTACT_GRAMMAR_DIR=that/folder; they are checked against the same hashes.

set(TACT_GRAMMAR_DIR "" CACHE PATH
    "Folder with the grammar tarballs already downloaded (default: fetch them)")

# tact_grammar(NAME URL SHA256): unpacks the tarball into
# ${CMAKE_BINARY_DIR}/grammars/NAME and sets NAME_DIR to that folder.
function(tact_grammar name url sha256)
  set(root ${CMAKE_BINARY_DIR}/grammars)
  set(dir ${root}/${name})
  get_filename_component(file ${url} NAME)
  set(stamp ${dir}/.sha256)
  if(EXISTS ${stamp})
    file(READ ${stamp} have)
  endif()
  if(NOT have STREQUAL sha256)
    if(TACT_GRAMMAR_DIR AND EXISTS ${TACT_GRAMMAR_DIR}/${file})
      set(tgz ${TACT_GRAMMAR_DIR}/${file})
      file(SHA256 ${tgz} got)
      if(NOT got STREQUAL sha256)
        message(FATAL_ERROR "${tgz}: SHA-256 is ${got}, expected ${sha256}")
      endif()
    else()
      set(tgz ${root}/${file})
      message(STATUS "Fetching ${url}")
      file(DOWNLOAD ${url} ${tgz} EXPECTED_HASH SHA256=${sha256}
           TLS_VERIFY ON STATUS status)
      list(GET status 0 code)
      if(NOT code EQUAL 0)
        list(GET status 1 why)
        message(FATAL_ERROR "Cannot fetch the grammar ${name} from ${url}: "
                "${why}. Download it by hand and pass -DTACT_GRAMMAR_DIR.")
      endif()
    endif()
    file(REMOVE_RECURSE ${dir})
    file(ARCHIVE_EXTRACT INPUT ${tgz} DESTINATION ${dir})
    file(WRITE ${stamp} ${sha256})
  endif()
  set(${name}_DIR ${dir}/package PARENT_SCOPE)
endfunction()

tact_grammar(markdown
  https://registry.npmjs.org/@tree-sitter-grammars/tree-sitter-markdown/-/tree-sitter-markdown-0.3.2.tgz
  f582346e65479e1d6d025e9b785421f623eb549390c550899005fd6f7f37d739)
tact_grammar(html
  https://registry.npmjs.org/tree-sitter-html/-/tree-sitter-html-0.23.2.tgz
  6b024fc38fce2b4807d0ac35023487da682a15cd986ba2ee9d6c25feff9392ed)

# One object library per grammar, each with -I its own src/ (every grammar
# bundles its own tree_sitter/parser.h). Their generated code is not ours:
# it is compiled without our warning flags.
function(tact_grammar_objects target src)
  add_library(${target} OBJECT ${src}/parser.c ${src}/scanner.c)
  target_include_directories(${target} PRIVATE ${src})
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON
                        C_VISIBILITY_PRESET hidden C_STANDARD 11
                        C_EXTENSIONS ON)
  target_compile_options(${target} PRIVATE -w)
  if(TACT_SANITIZE) # AddressSanitizer still watches their memory use
    target_compile_options(${target} PRIVATE -fno-sanitize=undefined)
  endif()
endfunction()

tact_grammar_objects(ts_markdown ${markdown_DIR}/tree-sitter-markdown/src)
tact_grammar_objects(ts_markdown_inline
                     ${markdown_DIR}/tree-sitter-markdown-inline/src)
tact_grammar_objects(ts_html ${html_DIR}/src)

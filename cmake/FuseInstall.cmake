# Helpers that make fuse's libraries installable and importable with
# find_package(Fuse CONFIG).

# Gives `name` its include directories as usage requirements and installs it
# into the FuseTargets export set.
function(fuse_install_library name)
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${FUSE_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${FUSE_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:include>)
  install(TARGETS ${name} EXPORT FuseTargets
    ARCHIVE DESTINATION lib
    LIBRARY DESTINATION lib
    RUNTIME DESTINATION bin)
endfunction()

# Installs the tool `name` into bin/ with a RUNPATH that finds fuse's own
# libraries next to it (lib/) and LLVM/MLIR's shared libraries where they
# were found at configure time, so the installed tool runs from any prefix.
function(fuse_install_tool name)
  set_target_properties(${name} PROPERTIES
    INSTALL_RPATH "\$ORIGIN/../lib;${LLVM_LIBRARY_DIR}")
  install(TARGETS ${name} RUNTIME DESTINATION bin)
endfunction()

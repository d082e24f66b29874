# Sourced by the extras (not executable, so scripts/test does not run it).
# extra_dirs NAME SOURCE_DIR BUILD_DIR: sets src (absolute) and out, the extra's own build
# directory beside BUILD_DIR (BUILD_DIR/../build-NAME), and the shared ccache with paths relative
# to the checkout, as scripts/test sets it (an extra run by hand gets the same cache hits).
extra_dirs() {
  src=$(cd "$2" && pwd)
  out="$(cd "$(dirname "$3")" && pwd)/build-$1"
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$src} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
}

# configure_release: the release configuration in BUILD_DIR/../build-release, exactly as the
# README's "Pointing a build at a real backend" shows it (Release, FIGESTIO_PACKAGE_BUILD, https
# URLs), app only, plus -Werror. 40-hardening and 50-release share this tree, so CI compiles the
# release build once. Call extra_dirs release … first.
configure_release() {
  mkdir -p "$out"
  cmake -S "$src" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFIGESTIO_PACKAGE_BUILD=ON \
    -DFIGESTIO_API_URL=https://api.figestio.com -DFIGESTIO_OIDC_ISSUER_URL=https://id.figestio.com \
    -DFIGESTIO_BUILD_TESTS=OFF -DFIGESTIO_WERROR=ON >"$out/configure.log" 2>&1 ||
    { cat "$out/configure.log" >&2; return 1; }
}

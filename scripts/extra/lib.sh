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


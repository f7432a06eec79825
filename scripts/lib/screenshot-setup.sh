# Shared set-up of the screenshot scripts; source it, then call
#   screenshot_setup BUILD_DIR TARGET...
# TARGET names executables of the build (e.g. tests/gui/sla_screenshots); the CLI is always needed.
# It checks they are built and that xvfb-run is there, and sets:
#   here (the checkout), build, cli, out (docs/screenshots), work (a temp folder removed on exit)
# with HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR inside `work`, so that no real settings are read
# or written by the programs that take the pictures.
screenshot_setup() {
    here="$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)"
    build="$(cd "${1:-$here/build}" && pwd)"
    shift
    cli="$build/src/cli/ingotdesk-cli"
    local tool
    for tool in "$cli" "$@"; do
        [[ "$tool" = /* ]] || tool="$build/$tool"
        [[ -x "$tool" ]] || {
            echo "error: $tool is not built (ninja -C $build ingotdesk-cli $(for t in "$@"; do basename "$t"; done | tr '\n' ' '))" >&2
            exit 2
        }
    done
    command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    out="$here/docs/screenshots"
    mkdir -p "$out"
}

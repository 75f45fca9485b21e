# Shared set-up for scripts/run and scripts/test: system packages, virtual environment.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${AILITERACY_VENV:-$ROOT/.venv}"

# Debian/Ubuntu packages Qt needs even without a screen, a Chinese font, and venv.
SYSTEM_PACKAGES=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1
                 libfreetype6 libxkbcommon0 fonts-noto-cjk python3-venv)
# Extra packages for a real window on an X11 desktop.
DESKTOP_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# For the screen-reader test (tests/screenreader): a virtual X server, key presses, a
# private D-Bus session with the accessibility bus, and the AT-SPI client library for
# the system Python.
SCREEN_READER_TEST_PACKAGES=(xvfb xdotool dbus-daemon at-spi2-core gir1.2-atspi-2.0 python3-gi)
# Extra packages for the tests: validators of the Linux menu entry and AppStream data.
TEST_PACKAGES=(desktop-file-utils appstream)
# Extra packages for building the standalone app (strip, for smaller libraries).
BUNDLE_PACKAGES=(binutils)

say() { printf '%s\n' "$*" >&2; }

# Prefer Python 3.12 or newer: on 3.11 the newest Qt binding (PySide6 6.12) corrupts
# reference counts and crashes long sessions, so 3.11 is held back to PySide6 6.11.
python_candidates() {
    printf '%s\n' python3.12 python3.13 python3.14
    if command -v pyenv >/dev/null 2>&1; then
        local root
        root="$(pyenv root 2>/dev/null || true)"
        if [ -n "$root" ]; then
            # Installed pyenv versions, oldest supported first (command names alone need `pyenv global`).
            find "$root/versions" -maxdepth 3 -path '*/bin/python3.1[2-9]' 2>/dev/null | sort -V
        fi
    fi
    printf '%s\n' python3.11 python3
}

find_python() {
    local candidate
    while read -r candidate; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done < <(python_candidates)
    say "ailiteracy needs Python 3.11 or newer (3.12 or newer is best)."
    say "Install it (Debian/Ubuntu: sudo apt install python3), then run this again."
    exit 1
}

missing_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            printf '%s\n' "$pkg"
    done
}

ensure_system_packages() {
    local wanted=("${SYSTEM_PACKAGES[@]}")
    if [ "${1:-}" = "desktop" ]; then wanted+=("${DESKTOP_PACKAGES[@]}"); fi
    if [ "${1:-}" = "test" ]; then
        wanted+=("${DESKTOP_PACKAGES[@]}" "${SCREEN_READER_TEST_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
    fi
    if [ "${1:-}" = "bundle" ]; then wanted+=("${BUNDLE_PACKAGES[@]}"); fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: make sure Qt's libraries (EGL, OpenGL, X11, xkbcommon,"
        say "fontconfig, freetype, D-Bus, GLib) and a Chinese font (Noto Sans CJK) are installed."
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    [ "${#missing[@]}" -eq 0 ] && return 0
    say "Missing system packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "Install them as administrator, then run this again:"
            say "  apt-get install --no-install-recommends ${missing[*]}"
            exit 1
        fi
    fi
    say "Installing them with apt-get (you may be asked for your password)..."
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
        say "Could not install: ${missing[*]}"
        say "Install them by hand: sudo apt-get install --no-install-recommends ${missing[*]}"
        exit 1
    fi
}

ensure_venv() {
    local extra="${1:-}"
    local python
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating a virtual environment in $VENV ..."
        "$python" -m venv "$VENV"
    fi
    local stamp="$VENV/.ailiteracy-installed$extra"
    if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
        say "Installing Python packages (PySide6, Markdown, TinyDB, ...) ..."
        # The package build needs Qt's translation compiler; an editable install does not, so
        # it is built in this environment instead of a separate one that would fetch Qt again.
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check "setuptools>=68" wheel
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-build-isolation \
            -e "$ROOT$extra"
        touch "$stamp"
    fi
    "$VENV/bin/python" -m ailiteracy.ui.translations build >/dev/null
    "$VENV/bin/python" -m ailiteracy.core.cache build >/dev/null
    # Byte-compile now, so start-up never compiles (some systems forbid writing .pyc later).
    "$VENV/bin/python" -m compileall -q "$ROOT/ailiteracy" >/dev/null
}

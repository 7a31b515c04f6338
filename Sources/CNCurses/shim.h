// ncursesw for Swift: wide-character API on, and the macros and globals Swift cannot
// import (stdscr, LINES, COLS, A_BOLD, COLOR_PAIR, KEY_*) as functions.
#ifndef NEWSWIRE_CNCURSES_SHIM_H
#define NEWSWIRE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *nw_stdscr(void) { return stdscr; }
static inline int nw_lines(void) { return LINES; }
static inline int nw_cols(void) { return COLS; }
static inline attr_t nw_a_normal(void) { return A_NORMAL; }
static inline attr_t nw_a_bold(void) { return A_BOLD; }
static inline attr_t nw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nw_a_reverse(void) { return A_REVERSE; }
static inline attr_t nw_a_dim(void) { return A_DIM; }
static inline attr_t nw_color_pair(int n) { return COLOR_PAIR(n); }
static inline int nw_key_up(void) { return KEY_UP; }
static inline int nw_key_down(void) { return KEY_DOWN; }
static inline int nw_key_left(void) { return KEY_LEFT; }
static inline int nw_key_right(void) { return KEY_RIGHT; }
static inline int nw_key_npage(void) { return KEY_NPAGE; }
static inline int nw_key_ppage(void) { return KEY_PPAGE; }
static inline int nw_key_home(void) { return KEY_HOME; }
static inline int nw_key_end(void) { return KEY_END; }
static inline int nw_key_enter(void) { return KEY_ENTER; }
static inline int nw_key_btab(void) { return KEY_BTAB; }
static inline int nw_key_backspace(void) { return KEY_BACKSPACE; }
static inline int nw_key_resize(void) { return KEY_RESIZE; }
static inline int nw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nw_err(void) { return ERR; }

/// Columns the C library gives a character; -1 for one it does not know.
static inline int nw_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/// Reads a key: returns KEY_CODE_YES for a function key, OK for a character, ERR on timeout.
static inline int nw_get_wch(wint_t *key) { return wget_wch(stdscr, key); }

/// Draws `count` wide characters at (y, x) with attributes.
static inline void nw_draw(int y, int x, const wchar_t *text, int count, attr_t attributes, short pair) {
    wattr_set(stdscr, attributes, pair, NULL);
    mvwaddnwstr(stdscr, y, x, text, count);
}

static volatile sig_atomic_t nw_screen_active = 0;

/// On SIGINT, SIGTERM, SIGHUP, SIGQUIT or a crash: give the terminal back, then die of the signal.
static inline void nw_restore_and_exit(int signal_number) {
    if (nw_screen_active) { endwin(); nw_screen_active = 0; }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline void nw_install_signal_handlers(void) {
    nw_screen_active = 1;
    // A parent may have blocked these (test runners do); the reader needs them to resize and quit.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    signal(SIGINT, nw_restore_and_exit);
    signal(SIGTERM, nw_restore_and_exit);
    signal(SIGHUP, nw_restore_and_exit);
    signal(SIGQUIT, nw_restore_and_exit);
    // A crash (a Swift trap is SIGILL or SIGTRAP) must not leave the terminal in raw mode.
    signal(SIGILL, nw_restore_and_exit);
    signal(SIGTRAP, nw_restore_and_exit);
    signal(SIGABRT, nw_restore_and_exit);
    signal(SIGSEGV, nw_restore_and_exit);
    signal(SIGBUS, nw_restore_and_exit);
    signal(SIGFPE, nw_restore_and_exit);
}

static inline void nw_screen_ended(void) { nw_screen_active = 0; }

static inline int nw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#include <string.h>
#endif

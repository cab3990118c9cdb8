#compdef sluicectl

__sluicectl_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__sluicectl_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __sluicectl_complete "${completions[@]:0:-1}"
    fi
}

__sluicectl_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_sluicectl() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'status:Show the daemon'\''s state, what was ingested, what failed and what is waiting.'
            'list:List stored entries, newest first.'
            'show:Show one entry with all its fields.'
            'search:Search titles and texts, best matches first.'
            'stories:List stories: entries that report the same event, across languages.'
            'failed:List quarantined files (SPOOL/failed/) with their reason codes.'
            'retry:Move quarantined files back into incoming/ to be tried again (postsuper -r).'
            'hold:Put a waiting file aside in hold/ so the daemon leaves it alone (postsuper -h).'
            'release:Move a held file back into incoming/ (postsuper -H).'
            'pause:Stop claiming files; they wait in incoming/ until resume.'
            'resume:Claim files again after pause.'
            'reload:Make the daemon re-read its configuration and topic rules (like SIGHUP).'
            'verify:Recompute every content hash and the hash chain.'
            'export:Stream entries with their texts as JSON lines, oldest first.'
            'follow:Print new entries as they are committed (like journalctl -f).'
            'submit:Drop files into the spool safely.'
            'metrics:Print the daemon'\''s metrics in Prometheus text format.'
            'tag:Run the text pipeline on files and print what it finds.'
            'retag:Recompute tags of stored entries from their raw bytes (after the gazetteer, rules or code improved).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        status|list|show|search|stories|failed|retry|hold|release|pause|resume|reload|verify|export|follow|submit|metrics|tag|retag|help)
            "_sluicectl_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_sluicectl_status() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--limit[How many entries to show.]:limit:'
        '--after-seq[Show entries after this seq, oldest first (for paging).]:seq:'
        '--lang[Only entries in this language (ISO 639-1).]:code:'
        '--entity[Only entries mentioning this entity (canonical name, e.g. "Ilham Aliyev").]:name:'
        '--topic[Only entries with this topic.]:name:'
        '--since[Only entries published on or after this date (YYYY\[-MM\[-DD\]\]).]:date:'
        '--until[Only entries published on or before this date (YYYY\[-MM\[-DD\]\]).]:date:'
        '--jsonl[Print one JSON object per line.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        ':seq:'
        '--raw[Print the original bytes exactly as they were dropped.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_search() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '*:query:'
        '--limit[How many hits to show.]:limit:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_stories() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--limit[How many stories to show.]:limit:'
        '--min-size[Only stories with at least this many entries.]:n:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_failed() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_retry() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        ':name:'
        '--all[Retry every quarantined file.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_hold() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_release() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_pause() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_resume() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_reload() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_verify() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_export() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--since[Only entries after this seq.]:seq:'
        '--format[Output format (jsonl).]:format:'
        '--limit[At most this many entries.]:n:'
        '--json[Same as --format jsonl.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_follow() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--since[Start after this seq instead of the newest entry.]:seq:'
        '--limit[Stop after this many entries.]:n:'
        '--json[One JSON object a line.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_submit() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '*:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_metrics() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_tag() {
    local -i ret=1
    local -ar arg_specs=(
        '--topics[Topic rules (TOML); default\: /etc/sluice/topics.toml when it exists, else the built-in rules.]:file:'
        '--json[Print JSON (always on; kept for symmetry with the other commands).]'
        '--pretty[Pretty-print the JSON.]'
        '--benchmark[Run the pipeline this many times over the files (as the daemon does\: decode to topics plus the story signature, setup excluded) and print the time per article (wall and CPU time of the thread) instead of the results.]:n:'
        '*:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_retag() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s control socket.]:path:'
        '--state[State directory holding sluice.db and control.sock (default ./state).]:dir:'
        '--spool[Spool directory (default ./spool).]:dir:'
        '--config[sluiced'\''s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).]:file:'
        '--json[Print JSON instead of a table.]'
        '--since[Start after this seq.]:seq:'
        '--batch[Entries per transaction.]:n:'
        '--topics[Topic rules (TOML); default\: /etc/sluice/topics.toml when it exists, else the built-in rules.]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_sluicectl_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _sluicectl ]]; then
    _sluicectl "${@}"
else
    compdef _sluicectl sluicectl
fi

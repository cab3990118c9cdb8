function __sluicectl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __sluicectl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __sluicectl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __sluicectl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __sluicectl_parse_tokens -S
    set -l unparsed_tokens (__sluicectl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'sluicectl'
        __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'status'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'list'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'limit=' 'after-seq=' 'lang=' 'entity=' 'topic=' 'since=' 'until=' 'jsonl' 'version' 'h/help'
        case 'show'
            __sluicectl_parse_subcommand 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'raw' 'version' 'h/help'
        case 'search'
            __sluicectl_parse_subcommand -r 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'limit=' 'version' 'h/help'
        case 'stories'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'limit=' 'min-size=' 'version' 'h/help'
        case 'failed'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'retry'
            __sluicectl_parse_subcommand 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'all' 'version' 'h/help'
        case 'hold'
            __sluicectl_parse_subcommand 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'release'
            __sluicectl_parse_subcommand 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'pause'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'resume'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'reload'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'verify'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'export'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'since=' 'format=' 'limit=' 'json' 'version' 'h/help'
        case 'follow'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'since=' 'limit=' 'json' 'version' 'h/help'
        case 'submit'
            __sluicectl_parse_subcommand -r 1 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'metrics'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'version' 'h/help'
        case 'tag'
            __sluicectl_parse_subcommand -r 1 'topics=' 'json' 'pretty' 'benchmark=' 'version' 'h/help'
        case 'retag'
            __sluicectl_parse_subcommand 0 'socket=' 'state=' 'spool=' 'config=' 'json' 'since=' 'batch=' 'topics=' 'version' 'h/help'
        case 'help'
            __sluicectl_parse_subcommand -r 1 'version'
        end
    end
end

function __sluicectl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __sluicectl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __sluicectl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __sluicectl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__sluicectl_tokens -p)
    if test -z "$(__sluicectl_tokens -t)"
        set -l index (count (__sluicectl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'sluicectl' -f
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'status' -d 'Show the daemon\'s state, what was ingested, what failed and what is waiting.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'list' -d 'List stored entries, newest first.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'show' -d 'Show one entry with all its fields.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'search' -d 'Search titles and texts, best matches first.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'stories' -d 'List stories: entries that report the same event, across languages.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'failed' -d 'List quarantined files (SPOOL/failed/) with their reason codes.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'retry' -d 'Move quarantined files back into incoming/ to be tried again (postsuper -r).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'hold' -d 'Put a waiting file aside in hold/ so the daemon leaves it alone (postsuper -h).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'release' -d 'Move a held file back into incoming/ (postsuper -H).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'pause' -d 'Stop claiming files; they wait in incoming/ until resume.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'resume' -d 'Claim files again after pause.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'reload' -d 'Make the daemon re-read its configuration and topic rules (like SIGHUP).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'verify' -d 'Recompute every content hash and the hash chain.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'export' -d 'Stream entries with their texts as JSON lines, oldest first.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'follow' -d 'Print new entries as they are committed (like journalctl -f).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'submit' -d 'Drop files into the spool safely.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'metrics' -d 'Print the daemon\'s metrics in Prometheus text format.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'tag' -d 'Run the text pipeline on files and print what it finds.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'retag' -d 'Recompute tags of stored entries from their raw bytes (after the gazetteer, rules or code improved).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_positional "sluicectl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" limit' -l 'limit' -d 'How many entries to show.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" after-seq' -l 'after-seq' -d 'Show entries after this seq, oldest first (for paging).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" lang' -l 'lang' -d 'Only entries in this language (ISO 639-1).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" entity' -l 'entity' -d 'Only entries mentioning this entity (canonical name, e.g. "Ilham Aliyev").' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" topic' -l 'topic' -d 'Only entries with this topic.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" since' -l 'since' -d 'Only entries published on or after this date (YYYY[-MM[-DD]]).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" until' -l 'until' -d 'Only entries published on or before this date (YYYY[-MM[-DD]]).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" jsonl' -l 'jsonl' -d 'Print one JSON object per line.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" raw' -l 'raw' -d 'Print the original bytes exactly as they were dropped.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" limit' -l 'limit' -d 'How many hits to show.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" limit' -l 'limit' -d 'How many stories to show.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" min-size' -l 'min-size' -d 'Only stories with at least this many entries.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl stories" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl failed" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" all' -l 'all' -d 'Retry every quarantined file.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retry" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl hold" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl release" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl reload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" since' -l 'since' -d 'Only entries after this seq.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" format' -l 'format' -d 'Output format (jsonl).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" limit' -l 'limit' -d 'At most this many entries.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" json' -l 'json' -d 'Same as --format jsonl.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" since' -l 'since' -d 'Start after this seq instead of the newest entry.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" limit' -l 'limit' -d 'Stop after this many entries.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" json' -l 'json' -d 'One JSON object a line.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl follow" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl submit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl metrics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" topics' -l 'topics' -d 'Topic rules (TOML); default: /etc/sluice/topics.toml when it exists, else the built-in rules.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" json' -l 'json' -d 'Print JSON (always on; kept for symmetry with the other commands).'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" pretty' -l 'pretty' -d 'Pretty-print the JSON.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" benchmark' -l 'benchmark' -d 'Run the pipeline this many times over the files (as the daemon does: decode to topics plus the story signature, setup excluded) and print the time per article (wall and CPU time of the thread) instead of the results.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl tag" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" socket' -l 'socket' -d 'The daemon\'s control socket.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" state' -l 'state' -d 'State directory holding sluice.db and control.sock (default ./state).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" spool' -l 'spool' -d 'Spool directory (default ./spool).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" config' -l 'config' -d 'sluiced\'s configuration file, for the paths (default /etc/sluice/sluiced.toml when it exists).' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" since' -l 'since' -d 'Start after this seq.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" batch' -l 'batch' -d 'Entries per transaction.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" topics' -l 'topics' -d 'Topic rules (TOML); default: /etc/sluice/topics.toml when it exists, else the built-in rules.' -rfka ''
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" version' -l 'version' -d 'Show the version.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl retag" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sluicectl' -n '__sluicectl_should_offer_completions_for_flags_or_options "sluicectl help" version' -l 'version' -d 'Show the version.'

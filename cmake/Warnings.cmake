# One place for the warning flags every target of ours gets.
function(ingotdesk_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(INGOTDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

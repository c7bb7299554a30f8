" nnb notebooks: *.nnb files get the nnb syntax (editors/vim/syntax/nnb.vim).
autocmd BufRead,BufNewFile *.nnb setfiletype nnb

" Vim syntax file for nnb notebooks (.nnb)
" Generated from nnb's command table by scripts/update-docs.sh (nnb -e 'help --vim'); do not edit.
if exists('b:current_syntax')
  finish
endif

syntax case match
syntax match nnbNumber /\%(^\|[[:space:];]\)\@1<=[-+]\=\%(\d\+\%(\.\d*\)\=\|\.\d\+\)\%([eE][-+]\=\d\+\)\=\ze\%($\|[[:space:];#]\)/
syntax match nnbKey /\%([[:space:]]\)\@1<=\%(batch\|beta1\|beta2\|blas\|classes\|color\|epochs\|eps\|every\|factor\|init\|l1\|l2\|label\|live\|loss\|lr\|momentum\|noise\|normalize\|optimizer\|out\|pace\|patience\|rho\|seed\|size\|std\|task\|val\)\ze\%($\|[[:space:];#]\)/
syntax match nnbCommand /\%(\%(^\|;\)\s*\)\@80<=\%(dataset\|defaults\|echo\|eval\|exit\|expect\|features\|gradcheck\|help\|history\|init\|load\|loss\|net\|normalize\|optimizer\|plot\|predict\|quit\|reset\|run\|save\|seed\|set\|show\|step\|summary\|train\|weights\)\ze\%($\|[[:space:];#]\)/
syntax region nnbString start=/"/ skip=/\\[\\"]/ end=/"/ oneline
syntax match nnbComment /#.*$/ contains=@Spell
syntax match nnbCell /^%%.*$/
syntax region nnbText matchgroup=nnbCell start=/^%%\s*md\>.*$/ end=/^\ze%%/ contains=@Spell

highlight default link nnbCell Title
highlight default link nnbComment Comment
highlight default link nnbString String
highlight default link nnbNumber Number
highlight default link nnbCommand Statement
highlight default link nnbKey Identifier

let b:current_syntax = 'nnb'

let n = 3
switch n {
case 1: print("one")
case 2...: print("many")
}
// expect error: 2:1 switch must be exhaustive; add a default clause

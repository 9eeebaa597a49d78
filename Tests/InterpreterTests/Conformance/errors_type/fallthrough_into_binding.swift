let p = (1, 2)
switch p {
case (0, _):
    fallthrough
case (let x, _):
    print(x)
}
// expect error: 4:5 'fallthrough' from a case which doesn't bind variable 'x'

// interpreter-only
enum E: Error { case x }
do {
    let xs = [1, 2]
    print(xs[5])
} catch {
    print("caught")
}
// expect error: 5:11 index 5 out of range

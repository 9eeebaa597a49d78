func classify(_ z: Double) -> String {
    guard z >= 0 else {
        print("negative")
    }
    return "ok"
}
print(classify(-1))
// expect error: 2:5 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope

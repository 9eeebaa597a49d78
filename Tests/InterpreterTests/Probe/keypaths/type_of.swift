let values: [Any] = [1, 2.5, "s", true, [1]]
for v in values {
    print(type(of: v))
}

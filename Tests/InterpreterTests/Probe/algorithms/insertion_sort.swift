func insertionSort(_ input: [Double]) -> [Double] {
    var a = input
    for i in 1..<a.count {
        let key = a[i]
        var j = i - 1
        while j >= 0 && a[j] > key {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = key
    }
    return a
}
print(insertionSort([3.5, -1, 2, 8, 0]))

struct Range2 { var lo: Double; var hi: Double }
extension Range2: Equatable {}
extension Range2 {
    var width: Double { hi - lo }
}
print(Range2(lo: 0, hi: 1) == Range2(lo: 0, hi: 1), Range2(lo: 1, hi: 4).width)

import Foundation
func binarySearch(_ a: [Int], _ t: Int) -> Int? {
  var lo = 0, hi = a.count - 1
  while lo <= hi { let mid = (lo + hi) / 2; if a[mid] == t { return mid } else if a[mid] < t { lo = mid + 1 } else { hi = mid - 1 } }
  return nil
}
let a = Array(stride(from: 1, to: 100, by: 3))
print(binarySearch(a, 31) as Any, binarySearch(a, 32) as Any, a.count)

import Glibc
// expect error: 1:1 not supported in experiment blocks: importing 'Glibc'

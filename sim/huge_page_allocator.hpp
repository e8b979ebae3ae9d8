#pragma once
// An allocator for the big arrays that events index at random (person records, calendar
// blocks): an array of 2 MiB or more is mapped on its own, aligned to 2 MiB, and marked for
// transparent huge pages (madvise MADV_HUGEPAGE), so that a random access costs one cache miss
// and not a TLB miss and page walk as well. With 4 KiB pages, 1.3 million 64-byte records span
// 20,000 pages, far more than the TLB holds; with 2 MiB pages they span 40. Smaller arrays, and
// systems without madvise, get ordinary memory. Only the layout of memory changes, never results.
#include <cstddef>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace wfsim::sim {

inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// Memory for `bytes`, huge-page backed where it is worth it; release with huge_page_free.
inline void* huge_page_alloc(std::size_t bytes, std::size_t align) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= kHugePageBytes) {
        const std::size_t rounded = (bytes + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
        // Over-map by one huge page, then unmap the unaligned head and the tail.
        const std::size_t mapped = rounded + kHugePageBytes;
        void* raw =
            mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED) throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t aligned = (start + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
        if (aligned > start) munmap(raw, aligned - start);
        const std::size_t tail = (start + mapped) - (aligned + rounded);
        if (tail > 0) munmap(reinterpret_cast<void*>(aligned + rounded), tail);
        void* p = reinterpret_cast<void*>(aligned);
        madvise(p, rounded, MADV_HUGEPAGE);  // advice only: ordinary pages if refused
        return p;
    }
#endif
    return ::operator new(bytes, std::align_val_t(align));
}

inline void huge_page_free(void* p, std::size_t bytes, std::size_t align) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= kHugePageBytes) {
        munmap(p, (bytes + kHugePageBytes - 1) & ~(kHugePageBytes - 1));
        return;
    }
#endif
    ::operator delete(p, std::align_val_t(align));
}

template <class T>
struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <class U>
    HugePageAllocator(const HugePageAllocator<U>&) {}

    T* allocate(std::size_t n) {
        return static_cast<T*>(huge_page_alloc(n * sizeof(T), alignof(T)));
    }
    void deallocate(T* p, std::size_t n) { huge_page_free(p, n * sizeof(T), alignof(T)); }

    template <class U>
    bool operator==(const HugePageAllocator<U>&) const {
        return true;
    }
    template <class U>
    bool operator!=(const HugePageAllocator<U>&) const {
        return false;
    }
};

}  // namespace wfsim::sim
